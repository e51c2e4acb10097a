package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import java.util.List;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trainee of two cohorts taking two courses: the home lists both with their progress, the course map switches
 * between them, and the second course's lessons open at its own address; someone of neither cohort is refused it.
 */
class MoreThanOneCourseViewTest extends KaribuTest {

    private TestData.SecondCourse second;
    private String trainee;

    @BeforeEach
    void aTraineeOfTheDemoCohortAndOfACohortTakingASecondCourse() {
        TestData data = TestData.in(context);
        second = data.secondCourse();
        TestData.Cohort cohort = data.demoOrganisation().cohort("Second course " + TestData.suffix(), null);
        data.cohortTakes(cohort.id(), second.slug());
        TestData.Account account = data.demoTrainee("two", "Tomas Two");
        data.joinCohort(cohort, account);
        trainee = account.username();
    }

    private static List<Anchor> courseNotices() {
        return _find(Div.class, spec -> spec.withClasses("home-notice")).stream().map(box -> _get(box, Anchor.class))
                .filter(link -> link.getText().contains("lessons completed")).toList();
    }

    @Test
    void the_home_lists_each_course_with_its_progress_and_the_way_to_its_map() {
        signInAs(trainee);
        navigate("");
        assertThat(courseNotices()).extracting(Anchor::getText).containsExactly(
                "Real relationships on LinkedIn: 0 of 8 lessons completed. Open the course map",
                second.title() + ": 0 of 2 lessons completed. Open the course map");
        assertThat(courseNotices()).extracting(Anchor::getHref).containsExactly("course", "courses/" + second.slug());
    }

    @Test
    void someone_with_only_the_shipped_course_sees_no_list_of_courses_on_the_home() {
        signInAs(TestData.in(context).demoTrainee("one", "Olly One").username());
        navigate("");
        assertThat(courseNotices()).isEmpty();
    }

    @Test
    void someone_whose_one_course_is_another_sees_it_named_on_the_home() {
        TestData data = TestData.in(context);
        TestData.Cohort cohort = data.demoOrganisation().cohort("Only second " + TestData.suffix(), null);
        data.cohortTakes(cohort.id(), second.slug());
        signInAs(data.registerTrainee(cohort.joinCode(), "only", "Orla Only").username());
        navigate("");
        assertThat(courseNotices()).extracting(Anchor::getText)
                .containsExactly(second.title() + ": 0 of 2 lessons completed. Open the course map");
    }

    @Test
    void the_map_switches_between_the_courses_and_opens_the_second_courses_lessons_at_its_address() {
        signInAs(trainee);
        navigate("course");
        assertThat(_get(H2.class).getText()).isEqualTo("Real relationships on LinkedIn");
        assertThat(_find(_get(Nav.class, spec -> spec.withClasses("course-switcher")), Anchor.class))
                .extracting(Anchor::getHref).containsExactly("course", "courses/" + second.slug());

        navigate("courses/" + second.slug());
        assertThat(_get(H2.class).getText()).isEqualTo(second.title());
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Welcome to the second course", "A short check");
        _click(_get(Button.class, spec -> spec.withClasses("resume")));
        assertThat(currentView()).isEqualTo(LessonView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("courses/" + second.slug() + "/" + second.reading());
        assertThat(_get(Anchor.class, spec -> spec.withClasses("back-to-map")).getHref())
                .isEqualTo("courses/" + second.slug());
    }

    @Test
    void a_trainee_whose_cohorts_do_not_take_the_second_course_cannot_open_it() {
        signInAs(TestData.in(context).demoTrainee("not", "Nadia Not").username());
        assertThatThrownBy(() -> navigate("courses/" + second.slug())).hasMessageContaining("courses/" + second.slug());
        assertThatThrownBy(() -> navigate("courses/" + second.slug() + "/" + second.reading()))
                .hasMessageContaining(second.reading());
    }
}
