package org.doorstep.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.doorstep.TestSignIn;
import org.doorstep.base.DateRange;
import org.doorstep.security.MemberScope;
import org.doorstep.security.TeamDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every figure of the report against sums done by hand on {@link ReportFixture}, with and without
 * cohort and date filters, and who may see what. The course has 8 lessons; "today" is after 2025.
 */
class ReportsServiceIT extends ManagerOfTheFixture {

    @Autowired
    TeamDirectory directory;

    private static PersonProgress person(TeamReport report, String name) {
        return report.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void over_all_time_each_person_shows_their_lessons_activity_exercise_and_results() {
        TeamReport report = reports.report(ReportFilter.ALL);
        assertThat(report.people()).extracting(PersonProgress::name)
                .containsExactly("Ann Able", "Bob Brown", "Cat Cole", "Dan Dale", "Eve Evans");
        assertThat(person(report, "Ann Able")).isEqualTo(new PersonProgress(person(report, "Ann Able").userId(), "Ann Able",
                "Team A " + fixture.suffix, true, 8, 8, true, at("2025-03-20T10:00:00Z"), 10, 6, 2, true, Optional.of(3.0), 1,
                LocalDate.of(2025, 4, 20)));
        PersonProgress ann = person(report, "Ann Able");
        assertThat(ann.reviewedPercent()).hasValue(60);
        PersonProgress bob = person(report, "Bob Brown");
        assertThat(bob.lessonsCompleted()).isEqualTo(3);
        assertThat(bob.completedCourse()).isFalse();
        assertThat(bob.lastActivity()).isEqualTo(at("2025-04-02T10:00:00Z"));
        assertThat(bob.reviewedPercent()).isEmpty();
        assertThat(bob.baseline()).isTrue();
        assertThat(bob.profileViewRatio()).isEmpty();
        assertThat(bob.lastResultEntry()).isEqualTo(LocalDate.of(2025, 4, 1));
        PersonProgress cat = person(report, "Cat Cole");
        assertThat(cat.enrolled()).isTrue();
        assertThat(cat.lessonsCompleted()).isZero();
        assertThat(cat.lastActivity()).isNull();
        assertThat(cat.active()).isFalse();
        PersonProgress dan = person(report, "Dan Dale");
        assertThat(dan.team()).isEqualTo("Team B " + fixture.suffix);
        assertThat(dan.completedCourse()).isTrue();
        assertThat(dan.reviewedPercent()).hasValue(100);
        assertThat(dan.removed()).isZero();
        assertThat(dan.profileViewRatio()).as("a zero baseline gives no ratio").isEmpty();
        assertThat(dan.overdueFollowUps()).as("60 and 90 days after 12 Feb 2025").isEqualTo(2);
        PersonProgress eve = person(report, "Eve Evans");
        assertThat(eve.enrolled()).isFalse();
        assertThat(eve.lessonsCompleted()).isEqualTo(1);
        assertThat(eve.baseline()).isFalse();
        assertThat(eve.overdueFollowUps()).as("all three, none recorded").isEqualTo(3);
    }

    @Test
    void over_all_time_the_teams_figures_add_up_with_their_counts() {
        TeamReport report = reports.report(ReportFilter.ALL);
        assertThat(report.figures().enrolled()).isEqualTo(4);
        assertThat(report.figures().completedCourse()).isEqualTo(2);
        assertThat(report.figures().active()).isEqualTo(4);
        assertThat(report.figures().lessonsCompleted()).isEqualTo(8 + 3 + 0 + 8 + 1);
        assertThat(report.figures().withBaseline()).isEqualTo(3);
        assertThat(report.figures().medianRatio()).hasValue(3.0);
        assertThat(report.figures().withRatio()).isEqualTo(1);
        assertThat(report.figures().withOverdue()).isEqualTo(3);
        assertThat(report.figures().removedTotal()).as("Fay's five are another manager's").isEqualTo(2);
        assertThat(report.figures().teamLabel()).isEqualTo("All my teams");
        assertThat(report.figures().cohortLabel()).isEqualTo("Any cohort");
    }

    @Test
    void a_date_range_counts_lessons_activity_and_results_within_it() {
        TeamReport report = reports.report(new ReportFilter(null, null, FEBRUARY_AND_MARCH));
        PersonProgress ann = person(report, "Ann Able");
        assertThat(ann.lessonsCompleted()).as("the two of March").isEqualTo(2);
        assertThat(ann.completedCourse()).as("the last lesson fell in March").isTrue();
        assertThat(ann.lastActivity()).isEqualTo(at("2025-03-20T10:00:00Z"));
        assertThat(ann.profileViewRatio()).as("February's 30 over the baseline's 20").hasValue(1.5);
        assertThat(ann.overdueFollowUps()).as("the 60-day one, due 16 March, missing on 31 March").isEqualTo(1);
        assertThat(ann.lastResultEntry()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(ann.reviewedPercent()).as("exercise counts stand as now").hasValue(60);
        PersonProgress bob = person(report, "Bob Brown");
        assertThat(bob.lessonsCompleted()).isEqualTo(3);
        assertThat(bob.lastActivity()).as("the quiz answer; April's lesson is outside").isEqualTo(at("2025-03-15T09:00:00Z"));
        assertThat(bob.baseline()).as("taken in April, after the range").isFalse();
        assertThat(bob.lastResultEntry()).isNull();
        PersonProgress dan = person(report, "Dan Dale");
        assertThat(dan.overdueFollowUps()).as("the 60-day one is due 13 April").isZero();
        PersonProgress eve = person(report, "Eve Evans");
        assertThat(eve.lessonsCompleted()).isZero();
        assertThat(eve.lastActivity()).isNull();
        assertThat(eve.overdueFollowUps()).isZero();

        assertThat(report.figures().completedCourse()).isEqualTo(2);
        assertThat(report.figures().active()).as("Ann, Bob and Dan").isEqualTo(3);
        assertThat(report.figures().lessonsCompleted()).isEqualTo(2 + 3 + 8);
        assertThat(report.figures().withBaseline()).isEqualTo(2);
        assertThat(report.figures().medianRatio()).hasValue(1.5);
        assertThat(report.figures().withOverdue()).isEqualTo(1);
    }

    @Test
    void a_range_open_at_one_end_bounds_only_the_other() {
        TeamReport fromMarch = reports.report(new ReportFilter(null, null, new DateRange(LocalDate.of(2025, 3, 1), null)));
        assertThat(person(fromMarch, "Ann Able").lessonsCompleted()).isEqualTo(2);
        assertThat(person(fromMarch, "Dan Dale").lessonsCompleted()).isZero();
        assertThat(person(fromMarch, "Dan Dale").completedCourse()).as("finished in February").isFalse();
        assertThat(person(fromMarch, "Eve Evans").lessonsCompleted()).isEqualTo(1);
        assertThat(fromMarch.figures().completedCourse()).isEqualTo(1);

        TeamReport untilJanuary = reports.report(new ReportFilter(null, null, new DateRange(null, LocalDate.of(2025, 1, 31))));
        assertThat(person(untilJanuary, "Ann Able").lessonsCompleted()).isEqualTo(6);
        assertThat(person(untilJanuary, "Ann Able").completedCourse()).isFalse();
        assertThat(person(untilJanuary, "Ann Able").profileViewRatio()).as("no follow-up yet").isEmpty();
        assertThat(untilJanuary.figures().withBaseline()).isEqualTo(1);
    }

    @Test
    void a_cohort_filter_keeps_only_its_members_and_combines_with_a_team() {
        assertThat(reports.myCohorts()).extracting(TeamDirectory.TeamCohort::name, TeamDirectory.TeamCohort::members)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cohort X " + fixture.suffix, 3),
                        org.assertj.core.groups.Tuple.tuple("Cohort Y " + fixture.suffix, 1));
        TeamReport x = reports.report(new ReportFilter(null, fixture.cohortX, DateRange.ALWAYS));
        assertThat(x.people()).extracting(PersonProgress::name).containsExactly("Ann Able", "Bob Brown", "Dan Dale");
        assertThat(x.figures().cohortLabel()).isEqualTo("Cohort X " + fixture.suffix);
        assertThat(x.figures().completedCourse()).isEqualTo(2);
        assertThat(x.figures().withBaseline()).isEqualTo(3);
        TeamReport teamAInX = reports.report(new ReportFilter(fixture.teamA, fixture.cohortX, FEBRUARY_AND_MARCH));
        assertThat(teamAInX.people()).extracting(PersonProgress::name).containsExactly("Ann Able", "Bob Brown");
        assertThat(teamAInX.figures().teamLabel()).isEqualTo("Team A " + fixture.suffix);
        assertThat(teamAInX.figures().lessonsCompleted()).isEqualTo(5);
        assertThat(reports.report(new ReportFilter(fixture.teamB, fixture.cohortY, DateRange.ALWAYS)).people()).isEmpty();
    }

    @Test
    void a_manager_is_refused_another_managers_team_and_a_cohort_without_their_people() {
        assertThatThrownBy(() -> reports.report(ReportFilter.team(fixture.teamC))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.report(new ReportFilter(null, fixture.cohortZ, DateRange.ALWAYS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.csv(ReportFilter.team(fixture.teamC))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.pdf(ReportFilter.team(fixture.teamC))).isInstanceOf(AccessDeniedException.class);

        TestSignIn.as(context, fixture.otherManager);
        assertThatThrownBy(() -> reports.report(ReportFilter.team(fixture.teamA))).isInstanceOf(AccessDeniedException.class);
        TeamReport theirs = reports.report(ReportFilter.ALL);
        assertThat(theirs.people()).extracting(PersonProgress::name).containsExactly("Fay Fox");
        assertThat(theirs.figures().removedTotal()).isEqualTo(5);
    }

    @Test
    void a_scope_resolved_for_one_manager_answers_nothing_for_another() {
        MemberScope mine = directory.scope(null, null);
        long me = jdbc.queryForObject("select id from app_user where username = ?", Long.class, fixture.manager);
        long rival = jdbc.queryForObject("select id from app_user where username = ?", Long.class, fixture.otherManager);
        assertThat(mine.userIdsFor(me)).hasSize(5);
        assertThatThrownBy(() -> mine.userIdsFor(rival)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void trainees_trainers_and_admins_get_no_report() {
        for (String role : new String[] {"trainee", "trainer", "admin"}) {
            TestSignIn.as(context, role);
            assertThatThrownBy(() -> reports.report(ReportFilter.ALL)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.pdf(ReportFilter.ALL)).as(role).isInstanceOf(AccessDeniedException.class);
        }
    }
}
