package org.doorstep.course.ui;

import org.doorstep.course.CourseService;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.doorstep.KaribuTest;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps are added, duplicated, reordered and removed in the form; problems show beside their fields. */
class LessonFormTest extends KaribuTest {

    private static final String LESSON = "four-criteria";

    @Autowired
    CourseAuthoringService authoring;

    @BeforeEach
    void signIn() {
        signInAs("trainer");
    }

    private List<String> draftStepIds() {
        return authoring.readDraft(authoring.source(CourseService.COURSE, LESSON).source()).orElseThrow().steps().stream().map(Step::id).toList();
    }

    private static Button button(Component in, String ariaLabel) {
        return _find(in, Button.class).stream().filter(button -> button.getAriaLabel().orElse("").equals(ariaLabel))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + ariaLabel));
    }

    @Test
    void move_down_and_move_up_reorder_the_steps_by_keyboard_and_say_so() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        _click(button(view.form, "Move step “Four questions for every connection” down"));
        assertThat(draftStepIds()).containsExactly("using-the-criteria", "criteria", "criteria-quiz", "your-last-three");
        assertThat(rendered(view.form.steps)).contains("Step “Four questions for every connection” is now step 2.");

        _click(button(view.form, "Move step “Four questions for every connection” down"));
        assertThat(draftStepIds()).containsExactly("using-the-criteria", "criteria-quiz", "criteria", "your-last-three");
        _click(button(view.form, "Move step “Four questions for every connection” up"));
        _click(button(view.form, "Move step “Four questions for every connection” up"));
        assertThat(draftStepIds()).containsExactly("criteria", "using-the-criteria", "criteria-quiz", "your-last-three");
        assertThat(button(view.form, "Move step “Four questions for every connection” up").isEnabled()).isFalse();
    }

    @Test
    void dragging_a_step_onto_another_moves_it_there() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        view.form.steps.move(3, 0, null);
        assertThat(draftStepIds()).containsExactly("your-last-three", "criteria", "using-the-criteria", "criteria-quiz");
    }

    @Test
    void a_new_step_gets_an_id_of_its_own_and_a_duplicate_follows_its_original() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        _click(button(view.form, "Add a Reading step at the end"));
        _click(button(view.form, "Add a Reading step at the end"));
        assertThat(draftStepIds()).endsWith("your-last-three", "reading", "reading-2");
        assertThat(view.form.steps.forms().getLast().titleField.getValue()).isEqualTo("New Reading step");

        _click(button(view.form, "Duplicate step “Which criteria does each contact meet?”"));
        assertThat(draftStepIds()).containsSubsequence("criteria-quiz", "criteria-quiz-copy", "your-last-three");
        Lesson draft = authoring.readDraft(authoring.source(CourseService.COURSE, LESSON).source()).orElseThrow();
        assertThat(((Step.Quiz) draft.step("criteria-quiz-copy").orElseThrow()).items())
                .isEqualTo(((Step.Quiz) draft.step("criteria-quiz").orElseThrow()).items());
    }

    @Test
    void a_removed_step_comes_back_with_undo() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        _click(button(view.form, "Remove step “Using the criteria honestly”"));
        assertThat(draftStepIds()).containsExactly("criteria", "criteria-quiz", "your-last-three");
        assertThat(view.form.steps.undo).isNotNull();
        assertThat(rendered(view.form.steps.undo)).contains("Step “Using the criteria honestly” removed.");

        _click(_get(view.form.steps.undo, Button.class, spec -> spec.withText("Undo")));
        assertThat(draftStepIds()).containsExactly("criteria", "using-the-criteria", "criteria-quiz", "your-last-three");
    }

    @Test
    void opening_another_lesson_takes_away_the_undo_of_a_step_removed_from_the_first() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        _click(button(view.form, "Remove step “Using the criteria honestly”"));
        Notification undo = view.form.steps.undo;
        assertThat(undo).isNotNull();

        view.lessonChooser.setValue(authoring.lessons(CourseService.COURSE).stream()
                .filter(lesson -> lesson.slug().equals("stranger-at-the-door")).findFirst().orElseThrow());

        assertThat(undo.isOpened()).isFalse();
        assertThat(view.form.steps.undo).isNull();
    }

    @Test
    void an_empty_title_is_marked_beside_the_field_and_the_summary_takes_the_author_there() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        StepForm<?> quiz = StepFormsTest.form(view, "criteria-quiz");
        userSets(quiz.titleField, "");

        assertThat(quiz.titleField.isInvalid()).isTrue();
        assertThat(quiz.titleField.getErrorMessage()).isEqualTo("is missing");
        assertThat(view.form.summary.isVisible()).isTrue();
        Button link = _get(view.form.summaryList, Button.class);
        assertThat(link.getText()).isEqualTo("Step 3 'criteria-quiz' title: is missing");
        _click(link);
        assertThat(view.form.revealed).isSameAs(quiz.titleField);

        userSets(quiz.titleField, "Back again");
        assertThat(quiz.titleField.isInvalid()).isFalse();
        assertThat(view.form.summary.isVisible()).isFalse();
    }

    @Test
    void a_question_without_a_right_answer_is_marked_under_its_options() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        StepForm<?> quiz = StepFormsTest.form(view, "criteria-quiz");
        Details first = _find(quiz, Details.class).getFirst();
        _find(first, com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("Right answer"))
                .stream().filter(com.vaadin.flow.component.checkbox.Checkbox::getValue).forEach(box -> userSets(box, false));

        Div note = _find(first, Div.class, spec -> spec.withClasses("form-problem")).stream().filter(Div::isVisible)
                .findFirst().orElseThrow();
        assertThat(rendered(note)).contains("has no right answer");
        assertThat(_find(view.form.summaryList, ListItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(text -> text.endsWith("item 'old-colleague': has no right answer"));
    }

    @Test
    void a_choice_to_a_missing_node_and_an_unreachable_node_are_marked_on_the_scenario_s_form() {
        AuthoringView view = StepFormsTest.openLesson(authoring, "stranger-at-the-door");
        ScenarioForm door = (ScenarioForm) StepFormsTest.form(view, "doorbell");
        // hid-behind-the-sofa is reached only from the bell's second choice
        Details bell = door.nodeForms().getFirst();
        @SuppressWarnings("unchecked")
        var next = (com.vaadin.flow.component.select.Select<String>) _find(bell, com.vaadin.flow.component.select.Select.class,
                spec -> spec.withLabel("Leads to node")).get(1);
        userSets(next, "coffee");

        Details sofa = door.nodeForms().stream().filter(node -> node.getElement().getAttribute("data-node")
                .equals("hid-behind-the-sofa")).findFirst().orElseThrow();
        assertThat(_find(sofa, Div.class, spec -> spec.withClasses("form-problem")).stream().filter(Div::isVisible)
                .map(KaribuTest::rendered)).anyMatch(text -> text.contains("cannot be reached from the start"));

        userSets(next, null); // the choice leads nowhere: marked on its list of nodes
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).isEqualTo("is missing");

        userSets(_get(door.nodeForms().get(1), TextField.class, spec -> spec.withLabel("Node id")), "coffee");
        TextField kettleId = _get(door.nodeForms().stream().filter(node -> node.getElement().getAttribute("data-node")
                .equals("kettle")).findFirst().orElseThrow(), TextField.class, spec -> spec.withLabel("Node id"));
        userSets(kettleId, "coffee"); // two nodes named coffee: the second is marked
        assertThat(kettleId.isInvalid()).isTrue();
        assertThat(kettleId.getErrorMessage()).contains("repeats its id");
    }

    @Test
    void clicking_a_node_on_the_map_opens_and_focuses_its_form() {
        AuthoringView view = StepFormsTest.openLesson(authoring, "stranger-at-the-door");
        view.side.setSelectedTab(view.side.getTab(view.maps));
        ListItem kettle = _find(view.maps, ListItem.class).stream()
                .filter(item -> item.getChildren().anyMatch(child -> child instanceof Button b && b.getText().equals("kettle")))
                .findFirst().orElseThrow();
        _click(_get(kettle, Button.class, spec -> spec.withText("kettle")));

        ScenarioForm door = (ScenarioForm) StepFormsTest.form(view, "doorbell");
        Details node = door.nodeForms().stream().filter(form -> form.getElement().getAttribute("data-node").equals("kettle"))
                .findFirst().orElseThrow();
        assertThat(node.isOpened()).isTrue();
        assertThat(view.form.revealed).isInstanceOf(TextField.class);
        assertThat(((TextField) view.form.revealed).getValue()).isEqualTo("kettle");
        assertThat(view.selectedNode).isEqualTo("kettle");
    }

    @Test
    void a_change_on_the_yaml_tab_shows_in_the_form_and_a_form_change_in_the_yaml() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        view.editorTabs.setSelectedIndex(1);
        userSets(view.editor, view.editor.getValue().replace("passMark: 70", "passMark: 85"));
        view.editorTabs.setSelectedIndex(0);
        assertThat(_get(StepFormsTest.form(view, "criteria-quiz"), com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withLabel("Pass mark")).getValue()).isEqualTo(85);

        userSets(view.form.title, "The four criteria, revised");
        assertThat(view.editor.getValue()).startsWith("slug: four-criteria\ntitle: The four criteria, revised\nsummary: Four questions")
                .contains("passMark: 85");
    }

    @Test
    void text_that_is_no_lesson_leaves_the_form_to_the_yaml_tab() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        view.editorTabs.setSelectedIndex(1);
        userSets(view.editor, "steps: [ unclosed");
        view.editorTabs.setSelectedIndex(0);
        assertThat(view.form.unreadable.isVisible()).isTrue();
    }

    @Test
    void the_preview_switches_to_a_phone_wide_frame() {
        AuthoringView view = StepFormsTest.openLesson(authoring, LESSON);
        _click(view.preview);
        Dialog dialog = _get(Dialog.class);
        PreviewWidth width = _get(dialog, PreviewWidth.class);
        assertThat(width.frame.hasClassName("preview-phone")).isFalse();
        userSets(width.width, PreviewWidth.PHONE);
        assertThat(width.frame.hasClassName("preview-phone")).isTrue();
        assertThat(width.width.getItemLabelGenerator().apply(PreviewWidth.PHONE)).isEqualTo("Phone (390 px)");
        dialog.close();
    }
}
