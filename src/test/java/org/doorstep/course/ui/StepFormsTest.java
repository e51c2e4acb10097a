package org.doorstep.course.ui;

import org.doorstep.course.CourseService;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.doorstep.KaribuTest;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.Lesson;
import org.doorstep.course.LessonSource;
import org.doorstep.course.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each kind of step has a form, and editing any of its fields saves the lesson's draft (rolled back after each test). */
class StepFormsTest extends KaribuTest {

    @Autowired
    CourseAuthoringService authoring;

    @BeforeEach
    void signIn() {
        signInAs("trainer");
    }

    static AuthoringView openLesson(CourseAuthoringService authoring, String slug) {
        navigate("course/authoring");
        AuthoringView view = _get(AuthoringView.class);
        LessonSource lesson = authoring.lessons(CourseService.COURSE).stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();
        view.lessonChooser.setValue(lesson);
        return view;
    }

    static StepForm<?> form(AuthoringView view, String stepId) {
        return view.form.steps.form(stepId).orElseThrow();
    }

    private Lesson draft(String slug) {
        LessonSource source = authoring.source(CourseService.COURSE, slug);
        assertThat(source.draft()).as("a draft was saved").isTrue();
        return authoring.readDraft(source.source()).orElseThrow();
    }

    @Test
    void the_editor_opens_on_the_form_tab_and_an_unchanged_lesson_saves_no_draft() {
        AuthoringView view = openLesson(authoring, "four-criteria");
        assertThat(view.editorTabs.getSelectedIndex()).isZero();
        assertThat(view.form.title.getValue()).isEqualTo("The four criteria");
        assertThat(view.form.steps.forms()).hasSize(4);
        assertThat(view.form.summary.isVisible()).isFalse();
        assertThat(authoring.source(CourseService.COURSE, "four-criteria").draft()).isFalse();
    }

    @Test
    void a_reading_s_markdown_is_saved_and_shown_in_the_preview_beside_it() {
        AuthoringView view = openLesson(authoring, "four-criteria");
        StepForm<?> reading = form(view, "criteria");
        userSets(_get(reading, TextArea.class, spec -> spec.withLabel("Text")), "## New heading\n\nSome **bold** words.");

        assertThat(((Step.Reading) draft("four-criteria").step("criteria").orElseThrow()).markdown())
                .isEqualTo("## New heading\n\nSome **bold** words.");
        assertThat(rendered(_get(reading, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("markdown-preview")))).contains("<h2>New heading</h2>", "<strong>bold</strong>");
        assertThat(view.editor.getValue()).contains("Some **bold** words.");
        assertThat(view.status.getText()).isEqualTo("Draft saved.");
    }

    @Test
    void a_quiz_s_pass_mark_right_answers_and_option_feedback_are_saved() {
        AuthoringView view = openLesson(authoring, "four-criteria");
        StepForm<?> quiz = form(view, "criteria-quiz");
        userSets(_get(quiz, IntegerField.class, spec -> spec.withLabel("Pass mark")), 80);
        Checkbox firstRight = _find(quiz, Checkbox.class, spec -> spec.withLabel("Right answer")).getFirst();
        boolean wasRight = firstRight.getValue();
        userSets(firstRight, !wasRight);
        userSets(_find(quiz, TextField.class, spec -> spec.withLabel("Why it is right or wrong (optional)")).getFirst(),
                "Because you met.");

        Step.Quiz saved = (Step.Quiz) draft("four-criteria").step("criteria-quiz").orElseThrow();
        assertThat(saved.passMark()).isEqualTo(80);
        assertThat(saved.items().getFirst().options().getFirst().correct()).isEqualTo(!wasRight);
        assertThat(saved.items().getFirst().options().getFirst().feedback()).isEqualTo("Because you met.");
    }

    @Test
    void a_scenario_choice_s_next_node_points_and_an_ending_s_outcome_are_saved() {
        AuthoringView view = openLesson(authoring, "stranger-at-the-door");
        ScenarioForm door = (ScenarioForm) form(view, "doorbell");
        var bell = door.nodeForms().getFirst();
        @SuppressWarnings("unchecked")
        Select<String> next = _find(bell, Select.class, spec -> spec.withLabel("Leads to node")).getFirst();
        assertThat(next.getValue()).isEqualTo("coffee");
        assertThat(next.getListDataView().getItems()).contains("bell", "coffee", "kettle", "open-house");
        userSets(next, "door-closed");
        userSets(_find(bell, IntegerField.class, spec -> spec.withLabel("Points")).getFirst(), 2);
        var shownOut = door.nodeForms().stream().filter(node -> node.getElement().getAttribute("data-node").equals("shown-out"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Select<String> outcome = _get(shownOut, Select.class, spec -> spec.withLabel("How it ended"));
        userSets(outcome, "bad");

        Step.Scenario saved = (Step.Scenario) draft("stranger-at-the-door").step("doorbell").orElseThrow();
        assertThat(saved.node("bell").choices().getFirst().next()).isEqualTo("door-closed");
        assertThat(saved.node("bell").choices().getFirst().points()).isEqualTo(2);
        assertThat(saved.node("shown-out").outcome()).isEqualTo("bad");
    }

    @Test
    void a_removed_scenario_node_comes_back_where_it_was_with_undo() {
        AuthoringView view = openLesson(authoring, "stranger-at-the-door");
        ScenarioForm door = (ScenarioForm) form(view, "doorbell");
        String second = door.nodeForms().get(1).getElement().getAttribute("data-node");
        int nodes = door.nodeForms().size();
        com.vaadin.flow.component.details.Details node = door.nodeForms().get(1);
        node.setOpened(true);
        _click(_get(node, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withAttribute("aria-label", "Remove node " + second)));

        assertThat(door.nodeForms()).hasSize(nodes - 1);
        assertThat(((Step.Scenario) draft("stranger-at-the-door").step("doorbell").orElseThrow()).nodes())
                .noneMatch(saved -> saved.id().equals(second));
        com.vaadin.flow.component.notification.Notification undo = _get(
                com.vaadin.flow.component.notification.Notification.class);
        assertThat(rendered(undo)).contains("Node “" + second + "” removed.");
        _click(_get(undo, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Undo")));

        assertThat(door.nodeForms()).hasSize(nodes);
        assertThat(door.nodeForms().get(1).getElement().getAttribute("data-node")).isEqualTo(second);
        assertThat(door.nodeForms().get(1).isOpened()).as("the restored node is shown open").isTrue();
        assertThat(((Step.Scenario) draft("stranger-at-the-door").step("doorbell").orElseThrow()).nodes().get(1).id())
                .isEqualTo(second);
        assertThat(undo.isOpened()).isFalse();
    }

    @Test
    void a_removed_quiz_option_comes_back_with_undo() {
        AuthoringView view = openLesson(authoring, "four-criteria");
        StepForm<?> quiz = form(view, "criteria-quiz");
        String firstOption = ((Step.Quiz) authoring.readDraft(authoring.source(CourseService.COURSE, "four-criteria").source())
                .orElseThrow().step("criteria-quiz").orElseThrow()).items().getFirst().options().getFirst().text();
        _click(_get(quiz, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withAttribute("aria-label", "Remove option 1 of question 1")));
        assertThat(((Step.Quiz) draft("four-criteria").step("criteria-quiz").orElseThrow()).items().getFirst().options()
                .getFirst().text()).isNotEqualTo(firstOption);

        _click(_get(_get(com.vaadin.flow.component.notification.Notification.class),
                com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Undo")));

        assertThat(((Step.Quiz) draft("four-criteria").step("criteria-quiz").orElseThrow()).items().getFirst().options()
                .getFirst().text()).isEqualTo(firstOption);
    }

    @Test
    void renaming_a_scenario_node_renames_the_choices_that_lead_to_it() {
        AuthoringView view = openLesson(authoring, "stranger-at-the-door");
        ScenarioForm door = (ScenarioForm) form(view, "doorbell");
        var coffee = door.nodeForms().get(1);
        userSets(_get(coffee, TextField.class, spec -> spec.withLabel("Node id")), "coffee-offer");

        Step.Scenario saved = (Step.Scenario) draft("stranger-at-the-door").step("doorbell").orElseThrow();
        assertThat(saved.node("bell").choices().getFirst().next()).isEqualTo("coffee-offer");
        assertThat(authoring.check("stranger-at-the-door", view.editor.getValue())).isEmpty();
    }

    @Test
    void a_reflection_s_question_and_whether_it_is_shareable_are_saved() {
        AuthoringView view = openLesson(authoring, "four-criteria");
        StepForm<?> reflection = form(view, "your-last-three");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> visibility = _get(reflection, RadioButtonGroup.class,
                spec -> spec.withLabel("Who may see the question"));
        assertThat(visibility.getValue()).isEqualTo("shareable");
        userSets(visibility, "private");
        userSets(_get(reflection, TextArea.class, spec -> spec.withLabel("Question")), "What did you notice?");

        Step.Reflection saved = (Step.Reflection) draft("four-criteria").step("your-last-three").orElseThrow();
        assertThat(saved.visibility()).isEqualTo("private");
        assertThat(saved.prompt()).isEqualTo("What did you notice?");
    }

    @Test
    void a_link_s_target_and_button_text_are_saved() {
        AuthoringView view = openLesson(authoring, "collecting-is-not-connecting");
        StepForm<?> link = form(view, "your-biggest-week");
        @SuppressWarnings("unchecked")
        Select<String> target = _get(link, Select.class, spec -> spec.withLabel("Leads to"));
        assertThat(target.getValue()).isEqualTo(Step.Link.BIGGEST_WEEK);
        userSets(target, "/results");
        userSets(_get(link, TextField.class, spec -> spec.withLabel("Button text")), "See your results");

        Step.Link saved = (Step.Link) draft("collecting-is-not-connecting").step("your-biggest-week").orElseThrow();
        assertThat(saved.target()).isEqualTo("/results");
        assertThat(saved.label()).isEqualTo("See your results");
    }
}
