package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import java.util.UUID;
import org.doorstep.KaribuTest;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.LessonSource;
import org.doorstep.course.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AuthoringViewTest extends KaribuTest {

    private static final String LESSON = "four-criteria";

    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    org.doorstep.course.CourseService course;

    private String original;

    /** Puts the shipped text back as a newer version, so other tests see the course they expect. */
    @AfterEach
    void restoreLesson() {
        signInAs("trainer");
        authoring.discardDraft(LESSON);
        if (original != null) {
            authoring.publish(LESSON, original);
        }
    }

    private AuthoringView openLesson() {
        navigate("course/authoring");
        AuthoringView view = _get(AuthoringView.class);
        LessonSource lesson = authoring.lessons().stream().filter(l -> l.slug().equals(LESSON)).findFirst().orElseThrow();
        view.lessonChooser.setValue(lesson);
        return view;
    }

    @Test
    void a_trainer_changes_a_quiz_question_previews_it_and_publishes_it_for_trainees() {
        signInAs("trainer");
        AuthoringView view = openLesson();
        original = view.editor.getValue();
        Step.Quiz quiz = authoring.preview(LESSON, original).steps().stream().filter(Step.Quiz.class::isInstance)
                .map(Step.Quiz.class::cast).findFirst().orElseThrow();
        String oldPrompt = quiz.items().getFirst().prompt().strip();
        String marker = "Edited " + UUID.randomUUID().toString().substring(0, 6);
        String firstLine = oldPrompt.substring(0, 25);
        assertThat(original).contains(firstLine);
        userSets(view.editor, original.replace(firstLine, marker + " " + firstLine));
        assertThat(view.status.getText()).isEqualTo("Draft saved.");

        _click(view.preview);
        Dialog preview = _get(Dialog.class);
        assertThat(preview.isOpened()).isTrue();
        // Open the quiz step inside the preview and find the edited question.
        _find(preview, com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("step-list-item"))
                .stream().filter(button -> button.getText().equals(quiz.title())).findFirst().ifPresent(
                        com.github.mvysny.kaributesting.v10.LocatorJ::_click);
        assertThat(_find(preview, Paragraph.class, spec -> spec.withClasses("quiz-prompt")).getFirst().getText())
                .startsWith("1. " + marker);
        preview.close();

        view.doPublish();
        assertThat(view.status.getText()).startsWith("Published text of course version");

        signInAs("trainee");
        var trainees = course.open(LESSON).lesson();
        assertThat(((Step.Quiz) trainees.step(quiz.id()).orElseThrow()).items().getFirst().prompt()).startsWith(marker);
    }

    @Test
    void an_invalid_edit_is_listed_with_its_place_and_cannot_be_previewed() {
        signInAs("admin");
        AuthoringView view = openLesson();
        original = null;
        String text = view.editor.getValue();
        userSets(view.editor, text.replace("passMark: 70", "passMark: 170"));
        _click(view.preview);

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(view.problems, ListItem.class)).extracting(ListItem::getText)
                .anyMatch(problem -> problem.endsWith("passMark: must be a percentage from 1 to 100"));
        _click(view.discard);
        assertThat(view.editor.getValue()).isEqualTo(text);
    }

    @Test
    void a_trainee_can_open_neither_the_authoring_view_nor_its_service() {
        signInAs("trainee");
        assertThatThrownBy(() -> navigate("course/authoring")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> authoring.lessons()).isInstanceOf(AccessDeniedException.class);
    }
}
