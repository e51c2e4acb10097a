package org.doorstep.course.ui;

import org.doorstep.course.CourseService;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.doorstep.course.LessonVersion;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import java.util.UUID;
import org.doorstep.KaribuTest;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.CourseService;
import org.doorstep.course.LessonSource;
import org.doorstep.course.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AuthoringViewTest extends KaribuTest {

    private static final String LESSON = "four-criteria";

    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    org.doorstep.course.CourseService course;
    @Autowired
    JdbcTemplate jdbc;

    private String original;

    /** Puts the shipped text back as a newer version, so other tests see the course they expect. */
    @AfterEach
    void restoreLesson() {
        signInAs("admin");
        authoring.discardDraft(CourseService.COURSE, LESSON);
        if (original != null) {
            authoring.publish(CourseService.COURSE, LESSON, original);
        }
    }

    private AuthoringView openLesson() {
        return openLesson(LESSON);
    }

    private AuthoringView openLesson(String slug) {
        navigate("course/authoring");
        AuthoringView view = _get(AuthoringView.class);
        LessonSource lesson = authoring.lessons(CourseService.COURSE).stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();
        view.lessonChooser.setValue(lesson);
        return view;
    }

    @Test
    void a_content_editor_changes_a_quiz_question_previews_it_and_publishes_it_for_trainees() {
        signInAs("admin");
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
        var trainees = course.open(CourseService.COURSE, LESSON).lesson();
        assertThat(((Step.Quiz) trainees.step(quiz.id()).orElseThrow()).items().getFirst().prompt()).startsWith(marker);
    }

    @Test
    void a_trainer_without_the_permission_cannot_publish_but_asks_a_content_editor_to_review() {
        signInAs("trainer");
        AuthoringView view = openLesson();
        original = null;
        String text = view.editor.getValue();
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(view.askReview.isEnabled()).isFalse();
        assertThat(view.publishNote.getText()).isEqualTo("Nothing to publish: this text is the published one.");

        userSets(view.editor, text.replace("passMark: 70", "passMark: 80"));
        assertThat(view.askReview.isEnabled()).isTrue();
        assertThat(view.publishNote.getText()).startsWith("Only a content editor may publish.");
        assertThatThrownBy(() -> authoring.publish(CourseService.COURSE, LESSON, view.editor.getValue()))
                .isInstanceOf(AccessDeniedException.class);
        _click(view.askReview);
        assertThat(view.askReview.isEnabled()).isFalse();
        assertThat(view.lessonChooser.getValue().awaitingReview()).isTrue();

        signInAs("admin");
        navigate("");
        navigate("course/authoring");
        AuthoringView editors = _get(AuthoringView.class);
        assertThat(editors.reviewRequests.isVisible()).isTrue();
        Button request = _find(editors.reviewRequests, Button.class).stream()
                .filter(button -> button.getText().startsWith("The four criteria — asked by Theo Trainer")).findFirst()
                .orElseThrow();
        _click(request);
        assertThat(editors.editor.getValue()).contains("passMark: 80");
        assertThat(editors.publish.isEnabled()).isTrue();
    }

    @Test
    void publishing_is_audited_and_publish_is_disabled_while_the_text_equals_the_published_one() {
        signInAs("admin");
        AuthoringView view = openLesson();
        original = view.editor.getValue();
        assertThat(view.askReview.isVisible()).isFalse();
        assertThat(view.publish.isEnabled()).isFalse();
        assertThat(view.publishNote.getText()).isEqualTo("Nothing to publish: this text is the published one.");
        userSets(view.editor, original.replace("passMark: 70", "passMark: 75"));
        assertThat(view.publish.isEnabled()).isTrue();
        userSets(view.editor, original);
        assertThat(view.publish.isEnabled()).isFalse();

        userSets(view.editor, original.replace("passMark: 70", "passMark: 75"));
        view.doPublish();
        int version = view.lessonChooser.getValue().publishedVersion();
        assertThat(view.publish.isEnabled()).isFalse();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'LESSON_PUBLISHED' "
                + "and actor_id = (select id from app_user where username = 'admin') order by id desc limit 1",
                String.class)).containsExactly("Lesson four-criteria of course doorstep published as course version " + version);
    }

    @Test
    void the_changes_tab_shows_the_edited_line_beside_the_published_one() {
        signInAs("trainer");
        AuthoringView view = openLesson();
        original = null;
        view.side.setSelectedTab(view.side.getTab(view.changes));
        assertThat(view.changes.summary.getText()).startsWith("No changes against course version");

        userSets(view.editor, view.editor.getValue().replace("passMark: 70", "passMark: 85"));
        assertThat(view.changes.summary.getText()).startsWith("What this text changes against course version");
        assertThat(_find(view.changes.table, Div.class, spec -> spec.withClasses("diff-changed diff-old")))
                .extracting(Div::getText).singleElement().asString().contains("passMark: 70");
        assertThat(_find(view.changes.table, Div.class, spec -> spec.withClasses("diff-changed diff-new")))
                .extracting(Div::getText).singleElement().asString().contains("passMark: 85");
    }

    @Test
    void history_names_who_published_and_an_earlier_version_is_restored_as_the_draft_with_an_audit_entry() {
        signInAs("admin");
        AuthoringView view = openLesson();
        original = view.editor.getValue();
        userSets(view.editor, original.replace("passMark: 70", "passMark: 90"));
        view.doPublish();
        int published = view.lessonChooser.getValue().publishedVersion();

        LessonVersion newest = GridKt._get(view.history.versions, 0);
        assertThat(newest.version()).isEqualTo(published);
        assertThat(newest.publishedBy()).isEqualTo("Ada Admin");
        int earlier = GridKt._get(view.history.versions, 1).version();
        assertThat(earlier).isLessThan(published);

        view.history.restore(earlier);
        assertThat(view.editor.getValue()).isEqualTo(original);
        assertThat(view.lessonChooser.getValue().draft()).isTrue();
        assertThat(view.publish.isEnabled()).isTrue();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'LESSON_RESTORED' order by id desc limit 1",
                String.class)).containsExactly("Lesson four-criteria of course doorstep: the text of course version "
                + earlier + " restored as the draft");

        view.compareWith(published);
        assertThat(view.changes.summary.getText()).startsWith("What this text changes against course version " + published);
    }

    @Test
    void the_map_colours_endings_marks_an_unreachable_node_and_a_node_finds_its_place_in_the_text() {
        signInAs("trainer");
        AuthoringView view = openLesson("stranger-at-the-door");
        original = null;
        try {
            assertThat(view.side.getSelectedIndex()).isZero();
            String svg = drawing(view);
            assertThat(svg).contains("map-node map-start").contains("map-ending-good").contains("map-ending-bad")
                    .doesNotContain("map-unreachable");

            userSets(view.editor, view.editor.getValue().replace("      - id: bell\n",
                    "      - id: lonely-island\n        text: Nobody <b>links</b> here.\n        ending: true\n"
                            + "        outcome: good\n      - id: bell\n"));
            assertThat(drawing(view)).contains("map-unreachable").contains("data-node=\"lonely-island\"")
                    .doesNotContain("<b>links</b>");
            assertThat(_find(view.maps, Paragraph.class, spec -> spec.withClasses("map-warning")))
                    .extracting(Paragraph::getText).containsExactly("1 node(s) cannot be reached from the start.");
            ListItem unreachable = _get(view.maps, ListItem.class, spec -> spec.withClasses("map-list-unreachable"));
            Button find = _get(unreachable, Button.class, spec -> spec.withText("lonely-island"));
            assertThat(unreachable.getElement().getTextRecursively()).contains("(unreachable)");

            _click(find);
            assertThat(view.selectedNode).isEqualTo("lonely-island");
        } finally {
            authoring.discardDraft(CourseService.COURSE, "stranger-at-the-door");
        }
    }

    private static String drawing(AuthoringView view) {
        return _find(view.maps, com.vaadin.flow.component.Svg.class).stream()
                .map(svg -> svg.getElement().getProperty("innerHTML", "") + svg.getElement().getProperty("svg", ""))
                .reduce("", String::concat);
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
        assertThatThrownBy(() -> authoring.lessons(CourseService.COURSE)).isInstanceOf(AccessDeniedException.class);
    }
}
