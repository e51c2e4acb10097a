package org.doorstep.course.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.doorstep.KaribuTest;
import org.doorstep.TestSignIn;
import org.doorstep.course.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Playing lessons as trainees: each test uses a newly registered trainee, so progress starts empty. */
class LessonViewTest extends KaribuTest {


    private String trainee;

    @BeforeEach
    void newTrainee() {
        trainee = TestSignIn.newTrainee(context, "player", "Pat Player");
        signInAs(trainee);
    }

    private static void openStep(String lesson, Class<? extends Component> kind) {
        navigate("course/" + lesson);
        // Step buttons list the titles; click through them until the step of that kind shows.
        List<Button> steps = _find(Button.class, spec -> spec.withClasses("step-list-item"));
        for (Button step : steps) {
            _click(step);
            if (!_find(kind).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("No " + kind.getSimpleName() + " in " + lesson);
    }

    private static List<Button> choices() {
        return _find(Button.class, spec -> spec.withClasses("scenario-choice"));
    }

    /** Plays to an ending, always taking the choice at the given end of the list; returns the ending text. */
    private static String playToEnding(boolean firstChoice) {
        for (int guard = 0; guard < 50 && !choices().isEmpty(); guard++) {
            List<Button> options = choices();
            _click(firstChoice ? options.getFirst() : options.getLast());
        }
        return rendered(_get(Div.class, spec -> spec.withClasses("scenario-ending")));
    }

    @Test
    void the_stranger_at_the_door_can_be_played_down_two_different_paths_to_different_endings() {
        openStep("stranger-at-the-door", ScenarioStepView.class);
        String first = playToEnding(true);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("scenario-score")).getText()).startsWith("You scored");

        _click(_get(Button.class, spec -> spec.withText("Play it again")));
        String last = playToEnding(false);
        assertThat(last).isNotEqualTo(first);
    }

    @Test
    void a_trainee_who_leaves_mid_scenario_resumes_at_the_same_point_after_signing_in_again() {
        openStep("stranger-at-the-door", ScenarioStepView.class);
        _click(choices().getFirst());
        String chosenFeedback = rendered(_get(Div.class, spec -> spec.withClasses("choice-feedback")));
        List<String> choicesThen = choices().stream().map(Button::getText).toList();

        // Another device: a new Vaadin session, signed in again, opening the course map's resume button.
        MockVaadin.tearDown();
        org.doorstep.TestSignIn.out(context); // the other device starts signed out
        MockVaadin.setup(UI::new, new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(
                new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("org.doorstep"), context, UI::new));
        signInAs(trainee);
        navigate("course");
        _click(_get(Button.class, spec -> spec.withClasses("resume")));

        assertThat(_find(ScenarioStepView.class)).hasSize(1);
        assertThat(rendered(_get(Div.class, spec -> spec.withClasses("choice-feedback")))).isEqualTo(chosenFeedback);
        assertThat(choices().stream().map(Button::getText).toList()).isEqualTo(choicesThen);
    }

    @SuppressWarnings("unchecked")
    private static List<CheckboxGroup<Integer>> criteriaGroups() {
        return _find(CheckboxGroup.class).stream().map(group -> (CheckboxGroup<Integer>) group).toList();
    }

    @Test
    void the_four_criteria_quiz_asks_for_every_answer_then_scores_against_the_pass_mark_and_keeps_the_best() {
        openStep("four-criteria", QuizStepView.class);
        _click(_get(Button.class, spec -> spec.withClasses("quiz-check")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("quiz-missing")).getText()).isEqualTo("Answer every question first.");

        // Only the first criterion ticked for every contact: most of them need a different judgement.
        criteriaGroups().forEach(group -> userSets(group, Set.of(0)));
        _click(_get(Button.class, spec -> spec.withClasses("quiz-check")));
        String firstResult = _get(Paragraph.class, spec -> spec.withClasses("quiz-failed")).getText();
        assertThat(firstResult).contains("the pass mark is 70%");

        _click(_get(Button.class, spec -> spec.withText("Try again")));
        Step.Quiz quiz = _get(QuizStepView.class).quiz();
        List<CheckboxGroup<Integer>> groups = criteriaGroups();
        for (int i = 0; i < groups.size(); i++) {
            Step.QuizItem item = quiz.items().get(i);
            userSets(groups.get(i), IntStream.range(0, item.options().size())
                    .filter(o -> item.options().get(o).correct()).boxed().collect(Collectors.toSet()));
        }
        _click(_get(Button.class, spec -> spec.withClasses("quiz-check")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("quiz-passed")).getText())
                .startsWith("You scored 100% and passed").endsWith("Best so far: 100%.");
    }

    @Test
    void a_reflection_is_saved_as_it_is_typed_and_is_there_on_return_but_not_for_another_trainee() {
        openStep("collecting-is-not-connecting", ReflectionStepView.class);
        userSets(_get(TextArea.class), "Eleven, mostly recruiters <script>alert(1)</script>");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("saved-indicator")).getText()).isEqualTo("Saved.");

        navigate("course");
        openStep("collecting-is-not-connecting", ReflectionStepView.class);
        assertThat(_get(TextArea.class).getValue()).isEqualTo("Eleven, mostly recruiters <script>alert(1)</script>");

        newTrainee();
        openStep("collecting-is-not-connecting", ReflectionStepView.class);
        assertThat(_get(TextArea.class).getValue()).isEmpty();
    }

    @Test
    void finishing_every_step_of_a_lesson_marks_it_completed_on_the_course_map() {
        navigate("course/collecting-is-not-connecting");
        for (int guard = 0; guard < 20; guard++) {
            _find(TextArea.class).forEach(area -> userSets(area, "A thought"));
            Button next = _get(Button.class, spec -> spec.withClasses("next-step"));
            boolean last = next.getText().equals("Finish lesson");
            _click(next);
            if (last) {
                break;
            }
        }
        assertThat(currentView()).isEqualTo(CourseView.class);
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("lesson-status"))
                .getFirst().getText()).isEqualTo("Completed");
    }
}
