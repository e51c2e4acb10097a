package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import java.time.Instant;
import java.time.LocalDate;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestTimeZones;
import org.doorstep.course.LearningRecordService;
import org.doorstep.course.XapiStatement;
import org.doorstep.course.RecordScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The xAPI download page: filters make the scope, crossed dates say so, and only managers and admins open it. */
class LearningRecordsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    /** A lesson begun by the demo trainee (of the Sales team) on that day. */
    private void traineeStartedALessonOn(String day) {
        TestData.in(context).of("trainee").event("attempted", "https://doorstep.invalid/lesson/four-criteria",
                "The four criteria", Instant.parse(day + "T10:00:00Z"), null, null);
    }

    @AfterEach
    void adminBackOnTheOrganisationsZone() {
        TestTimeZones.choose(context, "admin", null);
    }

    @Test
    void aPersonWhoChoseAnotherZoneExportsTheDaysOfThatZone() {
        String marker = "zone-" + java.util.UUID.randomUUID();
        TestData.in(context).of("trainee").event("completed", marker, marker, Instant.parse("2031-03-01T23:30:00Z"), null, null);
        TestTimeZones.choose(context, "admin", "Asia/Tokyo");
        signInAs("admin");
        navigate("learning-records");

        assertThat(_get(LearningRecordsView.class).from.getHelperText()).contains("as days in Asia/Tokyo (your time zone)");
        assertThat(exported(LocalDate.of(2031, 3, 2))).as("08:30 on the 2nd in Tokyo").contains(marker);
        assertThat(exported(LocalDate.of(2031, 3, 1))).doesNotContain(marker);
    }

    private java.util.List<String> exported(LocalDate day) {
        return context.getBean(LearningRecordService.class).statements(new RecordScope(null, null, day, day)).stream()
                .map(XapiStatement::object).map(XapiStatement.Activity::id).toList();
    }

    @Test
    void a_manager_picks_a_team_and_days_and_the_download_follows_them() {
        traineeStartedALessonOn("2026-03-01");
        signInAs("manager");
        navigate("learning-records");
        LearningRecordsView view = _get(LearningRecordsView.class);
        assertThat(view.team.getListDataView().getItems().map(choice -> choice.name()))
                .contains("Sales", "Customer Success");
        var sales = view.team.getListDataView().getItems().filter(choice -> choice.name().equals("Sales")).findFirst().orElseThrow();
        userSets(view.team, sales);
        userSets(view.from, LocalDate.of(2026, 1, 1));
        assertThat(view.scope()).isEqualTo(new RecordScope(sales.id(), null, LocalDate.of(2026, 1, 1), null));
        assertThat(view.download.isVisible()).isTrue();
        assertThat(view.download.getHref()).isNotBlank();
        assertThat(view.problem.getText()).matches("\\d+ statements? match(es)? these filters\\.");
    }

    @Test
    void days_without_a_statement_say_so_instead_of_offering_an_empty_download() {
        signInAs("admin");
        navigate("learning-records");
        LearningRecordsView view = _get(LearningRecordsView.class);
        userSets(view.from, LocalDate.of(2001, 1, 1));
        userSets(view.to, LocalDate.of(2001, 1, 2));
        assertThat(view.download.isVisible()).isFalse();
        assertThat(view.problem.getText()).startsWith("No statements match these filters");
    }

    @Test
    void an_end_date_before_the_start_hides_the_download_and_says_why() {
        traineeStartedALessonOn("2026-05-02");
        signInAs("admin");
        navigate("learning-records");
        LearningRecordsView view = _get(LearningRecordsView.class);
        userSets(view.from, LocalDate.of(2026, 5, 2));
        userSets(view.to, LocalDate.of(2026, 5, 1));
        assertThat(view.download.isVisible()).isFalse();
        assertThat(view.problem.getText()).isEqualTo("The end date is before the start date.");
        userSets(view.to, LocalDate.of(2026, 5, 2));
        assertThat(view.download.isVisible()).isTrue();
    }

    @Test
    void trainees_and_trainers_cannot_open_it() {
        signInAs("trainee");
        assertThatThrownBy(() -> navigate("learning-records")).isInstanceOf(MockAccessDeniedException.class);
        signInAs("trainer");
        assertThatThrownBy(() -> navigate("learning-records")).isInstanceOf(MockAccessDeniedException.class);
    }
}
