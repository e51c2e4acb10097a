package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import org.doorstep.KaribuTest;
import org.junit.jupiter.api.Test;

class CourseViewTest extends KaribuTest {

    @Test
    void the_course_map_lists_the_eight_lessons_with_their_state() {
        signInAs("trainer");
        navigate("course");
        assertThat(_find(H3.class)).extracting(H3::getText).hasSize(8).startsWith("The 72-contacts week");
        assertThat(_get(Button.class, spec -> spec.withClasses("resume")).getText()).isNotBlank();
    }

    @Test
    void the_resume_button_opens_a_lesson() {
        signInAs("trainer");
        navigate("course");
        _click(_get(Button.class, spec -> spec.withClasses("resume")));
        assertThat(currentView()).isEqualTo(LessonView.class);
    }
}
