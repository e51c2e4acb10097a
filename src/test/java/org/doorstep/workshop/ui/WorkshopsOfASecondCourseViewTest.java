package org.doorstep.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.course.Lesson;
import org.doorstep.security.CohortDirectory;
import org.doorstep.workshop.SessionRef;
import org.junit.jupiter.api.Test;

/** A session's lessons come from the course its cohort takes: the schedule form offers that course's lessons. */
class WorkshopsOfASecondCourseViewTest extends KaribuTest {

    @Test
    void choosing_a_cohort_of_the_second_course_offers_its_lessons_and_schedules_one() {
        TestData data = TestData.in(context);
        TestData.SecondCourse second = data.secondCourse();
        TestData.TrainedCohort shipped = data.demoOrganisation().cohortWithNewTrainer();
        TestData.Cohort other = data.demoOrganisation().cohort("Second course " + TestData.suffix(), shipped.trainer());
        data.cohortTakes(other.id(), second.slug());
        signInAs(shipped.trainer().username());
        navigate("workshop");
        WorkshopsView view = _get(WorkshopsView.class);

        view.cohort.setValue(cohort(view, shipped.id()));
        assertThat(view.lesson.getListDataView().getItems().map(Lesson::slug)).hasSize(8).contains("four-criteria");
        view.cohort.setValue(cohort(view, other.id()));
        assertThat(view.lesson.getListDataView().getItems().map(Lesson::slug))
                .containsExactly(second.reading(), second.quiz());

        view.lesson.setValue(view.lesson.getListDataView().getItems().filter(l -> l.slug().equals(second.quiz()))
                .findFirst().orElseThrow());
        _click(view.schedule);
        SessionRef added = GridKt._get(view.sessions, 0);
        assertThat(added.lessonTitle()).isEqualTo("A short check");
        assertThat(added.cohortId()).isEqualTo(other.id());
        assertThat(added.courseSlug()).as("the ended room's link back leads to this course").isEqualTo(second.slug());
    }

    private static CohortDirectory.TrainerCohort cohort(WorkshopsView view, long id) {
        return view.cohort.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
