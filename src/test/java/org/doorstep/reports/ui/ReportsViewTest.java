package org.doorstep.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.reports.PersonProgress;
import org.doorstep.reports.ReportColumn;
import org.doorstep.reports.ReportFilter;
import org.doorstep.reports.ReportsService;
import org.doorstep.results.ResultsService;
import org.doorstep.results.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A team of two managed by a new manager: one who pruned and recorded results, one who has not started. */
class ReportsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExerciseService exercise;
    @Autowired
    ResultsService results;
    @Autowired
    ReportsService reports;

    private String manager;
    private long teamId;
    private TestData.Team team;

    private String member(String name) {
        TestData data = TestData.in(context);
        TestData.Account member = data.demoTrainee("staff", name);
        data.joinTeam(team, member);
        return member.username();
    }

    @BeforeEach
    void teamOfTwo() {
        TestData.InOrganisation demo = TestData.in(context).demoOrganisation();
        TestData.Account boss = demo.account("boss", "Mo Manager", "MANAGER");
        manager = boss.username();
        team = demo.team("Team " + TestData.suffix(), boss);
        teamId = team.id();

        String active = member("=Ava Active");
        TestSignIn.as(context, active);
        exercise.importSample();
        var people = exercise.page(ConnectionFilter.ALL, 0, 4);
        people.forEach(person -> exercise.decide(person.id(), Decision.REMOVE));
        people.subList(0, 3).forEach(person -> exercise.setRemovedOnLinkedIn(person.id(), true));
        results.save(new Snapshot(null, LocalDate.now().minusDays(50), true, 20, null, null, null, null, null, null, null, null));
        results.save(new Snapshot(null, LocalDate.now().minusDays(2), false, 50, null, null, null, null, null, null, null, null));
        member("Ben Beginner");
        signInAs(manager);
        navigate("reports");
    }

    @Test
    void the_report_shows_each_person_in_counts_and_the_teams_figures_with_their_counts() {
        ReportsView view = _get(ReportsView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        PersonProgress ava = reports.report(ReportFilter.team(teamId)).people().stream().filter(p -> p.name().equals("=Ava Active")).findFirst().orElseThrow();
        assertThat(ava.connections()).isEqualTo(132);
        assertThat(ava.reviewedPercent()).hasValue(3);
        assertThat(ava.removed()).isEqualTo(3);
        assertThat(ava.profileViewRatio()).hasValue(2.5);
        assertThat(row(view, "=Ava Active")).containsEntry(ReportColumn.REVIEWED, "3%").containsEntry(ReportColumn.REMOVED, "3")
                .containsEntry(ReportColumn.BASELINE, "yes").containsEntry(ReportColumn.RATIO, "× 2.50")
                .containsEntry(ReportColumn.ENROLLED, "yes");
        assertThat(row(view, "Ben Beginner")).containsEntry(ReportColumn.REVIEWED, "n/a").containsEntry(ReportColumn.REMOVED, "0")
                .containsEntry(ReportColumn.BASELINE, "no").containsEntry(ReportColumn.RATIO, "n/a");
        assertThat(rendered(view.figures)).contains("In a cohort 2 of 2").contains("Baseline recorded 1 of 2")
                .contains("Median profile-view ratio × 2.50 over 1 with a baseline and a follow-up")
                .contains("Connections removed on LinkedIn 3 in total");
    }

    /** The cells of the grid's row for this person, as rendered, by the column they are in. */
    private static Map<ReportColumn, String> row(ReportsView view, String person) {
        List<Grid.Column<PersonProgress>> columns = view.grid.getColumns();
        for (int index = 0; index < GridKt._size(view.grid); index++) {
            List<String> cells = GridKt._getFormattedRow(view.grid, index);
            if (cells.get(columns.indexOf(view.grid.getColumnByKey(ReportColumn.PERSON.name()))).equals(person)) {
                Map<ReportColumn, String> row = new EnumMap<>(ReportColumn.class);
                columns.forEach(column -> row.put(ReportColumn.valueOf(column.getKey()), cells.get(columns.indexOf(column))));
                return row;
            }
        }
        throw new AssertionError("No row for " + person + " in the grid");
    }

    /** A member of the team with a baseline and a follow-up: a profile-view ratio of to / from. */
    private void memberWithRatio(String name, int from, int to) {
        TestSignIn.as(context, member(name));
        results.save(new Snapshot(null, LocalDate.now().minusDays(40), true, from, null, null, null, null, null, null, null, null));
        results.save(new Snapshot(null, LocalDate.now().minusDays(1), false, to, null, null, null, null, null, null, null, null));
        signInAs(manager);
        navigate("");
        navigate("reports");
    }

    @Test
    void the_team_median_is_the_mean_of_the_middle_two_ratios_for_an_even_count_and_the_middle_one_for_an_odd_count() {
        memberWithRatio("Cy Climber", 10, 40); // × 4.00 beside Ava's × 2.50
        assertThat(rendered(_get(ReportsView.class).figures))
                .contains("Median profile-view ratio × 3.25 over 2 with a baseline and a follow-up");
        memberWithRatio("Di Doubler", 10, 100); // × 10.00
        assertThat(rendered(_get(ReportsView.class).figures))
                .contains("Median profile-view ratio × 4.00 over 3 with a baseline and a follow-up");
        assertThat(reports.report(ReportFilter.team(teamId)).figures().medianRatio()).hasValue(4.0);
    }

    @Test
    void the_csv_has_no_connection_names_and_neutralises_formulas() {
        String csv = reports.csv(ReportFilter.team(teamId));
        assertThat(csv).contains("'=Ava Active").contains("Ben Beginner").contains("2.50");
        String someConnection = jdbc.queryForObject("select last_name from connection c join app_user u on u.id = c.user_id "
                + "where u.display_name = '=Ava Active' and u.id in (select user_id from team_member where team_id = ?) limit 1",
                String.class, teamId);
        assertThat(csv).doesNotContain(someConnection);
    }

    @Test
    void a_manager_sees_only_their_own_teams_and_trainees_see_no_report() {
        assertThat(reports.myTeams()).extracting(t -> t.id()).containsExactly(teamId);
        signInAs("manager");
        assertThatThrownBy(() -> reports.report(ReportFilter.team(teamId))).isInstanceOf(AccessDeniedException.class);
        signInAs("trainee");
        assertThatThrownBy(() -> reports.myTeams()).isInstanceOf(AccessDeniedException.class);
    }
}
