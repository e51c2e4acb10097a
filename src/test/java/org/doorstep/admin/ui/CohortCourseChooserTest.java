package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.stream.IntStream;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.admin.CohortRow;
import org.doorstep.course.CourseChoice;
import org.doorstep.course.CourseService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The course a cohort takes: chosen from the catalogue's courses not retired, saved at once, audited. */
class CohortCourseChooserTest extends KaribuTest {

    private JdbcTemplate jdbc;
    private TestData.SecondCourse second;
    private TestData.SecondCourse retired;
    private TestData.Cohort cohort;
    private CohortAdminView view;

    @BeforeEach
    void aCohortAndTwoMoreCourses() {
        jdbc = context.getBean(JdbcTemplate.class);
        TestData data = TestData.in(context);
        second = data.secondCourse();
        retired = data.secondCourse();
        jdbc.update("update course set retired_at = now() where slug = ?", retired.slug());
        cohort = data.demoOrganisation().cohort("Course choice " + TestData.suffix(), null);
        signInAs("admin");
        navigate("admin/cohorts");
        view = _get(CohortAdminView.class);
        view.cohorts.select(row());
    }

    private int index() {
        return IntStream.range(0, GridKt._size(view.cohorts)).filter(i -> GridKt._get(view.cohorts, i).id() == cohort.id())
                .findFirst().orElseThrow();
    }

    private CohortRow row() {
        return GridKt._get(view.cohorts, index());
    }

    @Test
    void the_chooser_shows_the_cohorts_course_and_offers_only_courses_not_retired() {
        assertThat(view.course.isVisible()).isTrue();
        assertThat(view.course.getValue().slug()).isEqualTo(CourseService.COURSE);
        assertThat(view.course.getListDataView().getItems().map(CourseChoice::slug))
                .contains(CourseService.COURSE, second.slug()).doesNotContain(retired.slug());
        assertThat(GridKt._getFormattedRow(view.cohorts, index()))
                .contains("Real relationships on LinkedIn");
    }

    @Test
    void choosing_another_course_saves_it_at_once_and_audits_it() {
        CourseChoice choice = view.course.getListDataView().getItems()
                .filter(c -> c.slug().equals(second.slug())).findFirst().orElseThrow();
        userSets(view.course, choice);

        assertThat(jdbc.queryForObject("select course_slug from cohort where id = ?", String.class, cohort.id()))
                .isEqualTo(second.slug());
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'COHORT_CHANGED' "
                + "order by id desc limit 1", String.class))
                .isEqualTo("Cohort " + cohort.name() + " now takes course " + second.slug() + " instead of doorstep");
        assertThat(row().courseSlug()).isEqualTo(second.slug());
        assertThat(view.course.isInvalid()).isFalse();
    }
}
