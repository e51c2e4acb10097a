package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.UUID;
import org.doorstep.KaribuTest;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.CourseCatalogueService;
import org.doorstep.course.CourseOutline;
import org.doorstep.course.CourseOutlineService;
import org.doorstep.course.LessonSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CourseOutlinePanelTest extends KaribuTest {

    @Autowired
    CourseCatalogueService catalogue;
    @Autowired
    CourseOutlineService outlines;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private String newCourse() {
        signInAs("admin");
        return catalogue.create("Outline " + suffix, "outline-" + suffix);
    }

    private AuthoringView edit(String slug) {
        navigate("course/authoring?course=" + slug);
        return _get(AuthoringView.class);
    }

    private static void add(CourseOutlinePanel outline, String title) {
        outline.newLesson.setValue(title);
        _click(outline.addLesson);
    }

    private static Button labelled(CourseOutlinePanel outline, String ariaLabel) {
        return _find(outline.lessons, Button.class).stream()
                .filter(button -> ariaLabel.equals(button.getElement().getAttribute("aria-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + ariaLabel));
    }

    private List<String> storedOrder(String slug) {
        return outlines.outline(slug).lessons().stream().map(CourseOutline.Lesson::slug).toList();
    }

    @Test
    void adding_a_lesson_saves_a_blank_lesson_that_validates_and_offers_it_in_the_lesson_editor() {
        String slug = newCourse();
        AuthoringView view = edit(slug);
        add(view.outline, "First contact");

        assertThat(storedOrder(slug)).containsExactly("first-contact");
        assertThat(view.outline.status.getText()).isEqualTo("Lesson added as “first-contact” (saved as a draft).");
        assertThat(_find(view.outline.lessons, ListItem.class)).singleElement()
                .satisfies(item -> assertThat(item.getElement().getTextRecursively()).contains("First contact")
                        .contains("new, not yet published"));
        LessonSource lesson = authoring.lessons(slug).getFirst();
        assertThat(authoring.check("first-contact", lesson.source())).isEmpty();
        assertThat(view.lessonChooser.getListDataView().getItems().map(LessonSource::slug)).containsExactly("first-contact");

        _click(_get(view.outline.lessons, Button.class, spec -> spec.withClasses("outline-lesson-name")));
        assertThat(view.editor.getValue()).contains("slug: first-contact");
    }

    @Test
    void a_lesson_moves_up_and_down_from_the_keyboard_buttons_and_each_move_is_saved() {
        String slug = newCourse();
        AuthoringView view = edit(slug);
        add(view.outline, "One");
        add(view.outline, "Two");
        add(view.outline, "Three");
        assertThat(storedOrder(slug)).containsExactly("one", "two", "three");
        assertThat(labelled(view.outline, "Move lesson “One” up").isEnabled()).isFalse();
        assertThat(labelled(view.outline, "Move lesson “Three” down").isEnabled()).isFalse();

        _click(labelled(view.outline, "Move lesson “Three” up"));
        assertThat(storedOrder(slug)).containsExactly("one", "three", "two");
        assertThat(view.outline.status.getText()).isEqualTo("“Three” is now lesson 2 (saved as a draft).");
        _click(labelled(view.outline, "Move lesson “One” down"));
        assertThat(storedOrder(slug)).containsExactly("three", "one", "two");
        assertThat(jdbc.queryForObject("select source from course_draft where course_slug = ?", String.class, slug))
                .contains("- three\n  - one\n  - two");
        // The list on screen follows the stored order.
        assertThat(_find(view.outline.lessons, Button.class, spec -> spec.withClasses("outline-lesson-name")))
                .extracting(Button::getText).containsExactly("Three", "One", "Two");
    }

    @Test
    void removing_a_lesson_asks_first_then_saves_the_outline_without_it_and_drops_its_draft() {
        String slug = newCourse();
        AuthoringView view = edit(slug);
        add(view.outline, "Keep");
        add(view.outline, "Drop");
        _click(labelled(view.outline, "Remove lesson “Drop”"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("their progress is kept");
        assertThat(storedOrder(slug)).containsExactly("keep", "drop");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(storedOrder(slug)).containsExactly("keep");
        assertThat(jdbc.queryForObject("select count(*) from lesson_draft where course_slug = ? and lesson_slug = 'drop'",
                Integer.class, slug)).isZero();
        assertThat(view.outline.status.getText()).isEqualTo("“Drop” removed (saved as a draft).");
    }

    @Test
    void the_title_and_summary_are_saved_as_they_are_changed() {
        String slug = newCourse();
        AuthoringView view = edit(slug);
        userSets(view.outline.title, "Warm introductions " + suffix);
        userSets(view.outline.summary, "Ask the people you know to introduce you.");
        CourseOutline stored = outlines.outline(slug);
        assertThat(stored.title()).isEqualTo("Warm introductions " + suffix);
        assertThat(stored.summary()).isEqualTo("Ask the people you know to introduce you.");
        userSets(view.outline.title, " ");
        assertThat(view.outline.title.isInvalid()).isTrue();
        assertThat(outlines.outline(slug).title()).isEqualTo("Warm introductions " + suffix);
    }

    @Test
    void a_new_blank_course_lists_its_problem_until_it_has_a_lesson_then_publishes_as_version_one_audited() {
        String slug = newCourse();
        AuthoringView view = edit(slug);
        assertThat(view.outline.status.getText()).startsWith("Not yet published");
        _click(view.outline.publish);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_find(view.outline.problems, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("course.yaml at lessons: lists no lesson");

        add(view.outline, "Only lesson");
        _click(view.outline.publish);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(outlines.outline(slug).publishedVersion()).isEqualTo(1);
        assertThat(outlines.outline(slug).hasDrafts()).isFalse();
        assertThat(view.outline.publish.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'COURSE_PUBLISHED' "
                + "order by id desc limit 1", String.class)).isEqualTo("Course " + slug + " published as version 1 (1 lessons)");
    }

    @Test
    void a_trainer_without_the_permission_edits_the_outline_and_asks_for_review_instead_of_publishing() {
        String slug = newCourse();
        signInAs("trainer");
        AuthoringView view = edit(slug);
        assertThat(view.outline.publish.isVisible()).isFalse();
        assertThat(view.outline.askReview.isVisible()).isTrue();
        add(view.outline, "Trainer lesson");
        _click(view.outline.askReview);
        assertThat(outlines.outline(slug).reviewAsked()).isTrue();
        assertThat(view.outline.askReview.isEnabled()).isFalse();
    }
}
