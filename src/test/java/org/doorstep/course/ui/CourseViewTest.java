package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.course.CourseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CourseViewTest extends KaribuTest {

    @Autowired
    CourseService course;

    @Test
    void the_course_map_lists_the_eight_lessons_with_their_state() {
        signInAs(TestData.in(context).demoTrainee("map", "Mia Map").username());
        String first = course.lessons(CourseService.COURSE).getFirst().slug();
        course.open(CourseService.COURSE, first);
        navigate("course");
        assertThat(_find(H3.class)).extracting(H3::getText).hasSize(8).startsWith("The 72-contacts week");
        assertThat(_get(Button.class, spec -> spec.withClasses("resume")).getText()).isNotBlank();
        List<Span> states = _find(Span.class, spec -> spec.withClasses("lesson-status"));
        assertThat(states).hasSize(8);
        assertThat(states.getFirst().getText()).startsWith("In progress: 0 of ");
        assertThat(states.getFirst().getClassNames()).contains("in-progress");
        assertThat(states.subList(1, 8)).extracting(Span::getText).containsOnly("Not started");
        assertThat(states.subList(1, 8)).allSatisfy(state -> assertThat(state.getClassNames()).contains("not-started"));
    }

    @Test
    void the_resume_button_opens_a_lesson() {
        signInAs("trainer");
        navigate("course");
        _click(_get(Button.class, spec -> spec.withClasses("resume")));
        assertThat(currentView()).isEqualTo(LessonView.class);
    }
}
