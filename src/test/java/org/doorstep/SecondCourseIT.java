package org.doorstep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.doorstep.admin.DirectoryAdministration;
import org.doorstep.base.DateRange;
import org.doorstep.course.CourseService;
import org.doorstep.course.LearningRecordService;
import org.doorstep.course.MyCourse;
import org.doorstep.course.RecordScope;
import org.doorstep.course.XapiStatement;
import org.doorstep.reports.PersonProgress;
import org.doorstep.reports.ReportFilter;
import org.doorstep.reports.ReportsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second course through cohort, map, report and xAPI: a cohort of a manager's team is given a second course, its
 * trainee finds it among their courses, completes a lesson of it, the manager's report for that cohort counts it
 * against that course's lessons and the xAPI statements name the course; a trainee of no such cohort is refused it.
 */
@SpringBootTest
@ActiveProfiles("test")
// Rolled back after each test: no other thread or instance has to see what it wrote.
@Transactional
class SecondCourseIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CourseService course;
    @Autowired
    ReportsService reports;
    @Autowired
    LearningRecordService records;
    @Autowired
    DirectoryAdministration directory;

    private TestData.SecondCourse second;
    private TestData.Team team;
    private TestData.Cohort cohort;
    private String manager;
    private String taker;
    private String outsider;

    @BeforeEach
    void aCohortTakingASecondCourse() {
        TestData data = TestData.in(context);
        String suffix = TestData.suffix();
        TestData.InOrganisation organisation = data.organisation("Second " + suffix);
        manager = "sc-boss-" + suffix;
        team = organisation.team("Team " + suffix, organisation.accountNamed(manager, "Mo Manager", "MANAGER"));
        cohort = organisation.cohort("Cohort " + suffix);
        second = data.secondCourse();
        data.cohortTakes(cohort.id(), second.slug());
        taker = "sc-taker-" + suffix;
        TestData.Account takerAccount = organisation.accountNamed(taker, "Tia Taker", "TRAINEE");
        outsider = "sc-out-" + suffix;
        organisation.accountNamed(outsider, "Olga Outsider", "TRAINEE");
        data.joinTeam(team, takerAccount).joinCohort(cohort, takerAccount);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    @Test
    void a_second_course_goes_through_cohort_map_report_and_xapi() {
        TestSignIn.as(context, taker);
        assertThat(course.myCourses()).extracting(MyCourse::slug).containsExactly(second.slug());
        assertThat(course.map(second.slug()).lessons()).extracting(card -> card.slug())
                .containsExactly(second.reading(), second.quiz());

        course.open(second.slug(), second.quiz());
        course.answer(second.slug(), second.quiz(), "one-question", "only", Set.of(0));
        assertThat(course.check(second.slug(), second.quiz(), "one-question").done()).isTrue();
        assertThat(course.myCourses()).singleElement()
                .satisfies(mine -> assertThat(mine.lessonsCompleted()).isEqualTo(1))
                .satisfies(mine -> assertThat(mine.lessonsTotal()).isEqualTo(2));

        TestSignIn.as(context, manager);
        assertThat(reports.myCourses()).extracting(choice -> choice.slug()).containsExactly(second.slug());
        ReportFilter ofCohort = new ReportFilter(team.id(), cohort.id(), DateRange.ALWAYS);
        assertThat(reports.courseOf(ofCohort)).isEqualTo(second.slug());
        PersonProgress progress = reports.report(ofCohort).people().getFirst();
        assertThat(progress.lessonsCompleted()).isEqualTo(1);
        assertThat(progress.lessonsTotal()).isEqualTo(2);
        // Counted against the shipped course instead, the same person has completed none of its lessons.
        assertThat(reports.report(new ReportFilter(team.id(), cohort.id(), DateRange.ALWAYS, CourseService.COURSE))
                .people().getFirst().lessonsCompleted()).isZero();

        var statements = records.statements(new RecordScope(team.id(), null, null, null, second.slug()));
        assertThat(statements).extracting(s -> s.verb().id()).contains("http://adlnet.gov/expapi/verbs/passed",
                "http://adlnet.gov/expapi/verbs/completed");
        assertThat(statements).extracting(s -> s.object().id())
                .allMatch(id -> id.startsWith("urn:doorstep:course:" + second.slug() + ":lesson:" + second.quiz()));
        assertThat(statements).extracting(XapiStatement::object).extracting(o -> o.definition().name().get("en-US"))
                .allMatch(name -> name.startsWith(second.title() + ": A short check"));
        assertThat(records.statements(new RecordScope(team.id(), null, null, null, CourseService.COURSE))).isEmpty();
    }

    @Test
    void a_trainee_whose_cohorts_do_not_take_the_course_is_refused_it() {
        TestSignIn.as(context, outsider);
        assertThat(course.myCourses()).extracting(MyCourse::slug).containsExactly(CourseService.COURSE);
        assertThatThrownBy(() -> course.map(second.slug())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> course.open(second.slug(), second.reading())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from lesson_progress where course_slug = ?", Integer.class,
                second.slug())).isZero();
    }

    @Test
    void changing_a_cohorts_course_is_audited_and_keeps_the_progress_made_in_the_former_one() {
        TestSignIn.as(context, taker);
        course.open(second.slug(), second.reading());
        course.viewed(second.slug(), second.reading(), "hello");

        TestSignIn.as(context, "admin");
        directory.setCourse(cohort.id(), CourseService.COURSE);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'COHORT_CHANGED' "
                + "order by id desc limit 1", String.class))
                .isEqualTo("Cohort " + cohort.name() + " now takes course doorstep instead of " + second.slug());

        TestSignIn.as(context, taker);
        assertThat(course.myCourses()).extracting(MyCourse::slug).containsExactly(CourseService.COURSE);
        assertThatThrownBy(() -> course.map(second.slug())).isInstanceOf(AccessDeniedException.class);

        TestSignIn.as(context, "admin");
        directory.setCourse(cohort.id(), second.slug());
        TestSignIn.as(context, taker);
        assertThat(course.myCourses()).singleElement()
                .satisfies(mine -> assertThat(mine.lessonsCompleted()).isEqualTo(1));
    }
}
