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
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.course.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Playing lessons as trainees: each test uses a newly registered trainee, so progress starts empty. */
class LessonViewTest extends KaribuTest {


    private String trainee;

    @BeforeEach
    void newTrainee() {
        trainee = TestData.in(context).demoTrainee("player", "Pat Player").username();
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
    private static CheckboxGroup<Integer> criteriaGroup() {
        return (CheckboxGroup<Integer>) _get(CheckboxGroup.class);
    }

    private static String position() {
        return _get(Paragraph.class, spec -> spec.withClasses("quiz-position")).getText();
    }

    /** Answers every question in turn, moving on with "Next question", then checks. */
    private static void answerEveryQuestion(Step.Quiz quiz, java.util.function.Function<Step.QuizItem, Set<Integer>> answer) {
        _click(_find(Button.class, spec -> spec.withClasses("quiz-jump")).getFirst());
        for (int i = 0; i < quiz.items().size(); i++) {
            assertThat(position()).isEqualTo("Question " + (i + 1) + " of " + quiz.items().size());
            userSets(criteriaGroup(), answer.apply(quiz.items().get(i)));
            if (i < quiz.items().size() - 1) {
                _click(_get(Button.class, spec -> spec.withClasses("quiz-next")));
            }
        }
        _click(_get(Button.class, spec -> spec.withClasses("quiz-check")));
    }

    private static Set<Integer> rightOptions(Step.QuizItem item) {
        return IntStream.range(0, item.options().size()).filter(o -> item.options().get(o).correct()).boxed()
                .collect(Collectors.toSet());
    }

    @Test
    void the_four_criteria_quiz_asks_one_question_at_a_time_and_says_which_are_still_open() {
        openStep("four-criteria", QuizStepView.class);
        assertThat(position()).isEqualTo("Question 1 of 12");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("quiz-prompt"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withClasses("quiz-jump"))).hasSize(12);

        userSets(criteriaGroup(), Set.of(0));
        _click(_get(Button.class, spec -> spec.withClasses("quiz-next")));
        assertThat(position()).isEqualTo("Question 2 of 12");
        _click(_get(Button.class, spec -> spec.withClasses("quiz-previous")));
        assertThat(criteriaGroup().getValue()).as("the answer is there on the way back").containsExactly(0);

        _click(_get(Button.class, spec -> spec.withClasses("quiz-check")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("quiz-missing")).getText())
                .isEqualTo("Answer every question first. Still open: questions 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.");
        assertThat(position()).as("taken to the first open question").isEqualTo("Question 2 of 12");
    }

    @Test
    void after_checking_the_score_and_the_questions_to_revisit_come_first_and_every_option_is_marked() {
        openStep("four-criteria", QuizStepView.class);
        Step.Quiz quiz = _get(QuizStepView.class).quiz();
        // Only the first criterion ticked for every contact: most of them need a different judgement.
        answerEveryQuestion(quiz, item -> Set.of(0));

        QuizStepView view = _get(QuizStepView.class);
        assertThat(view.getChildren().findFirst().orElseThrow().hasClassName("quiz-result")).as("the result comes first").isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("quiz-failed")).getText()).contains("the pass mark is 70%");
        List<String> revisit = _find(Button.class, spec -> spec.withClasses("quiz-revisit-item")).stream()
                .map(Button::getText).toList();
        List<String> wrong = IntStream.range(0, quiz.items().size())
                .filter(i -> !rightOptions(quiz.items().get(i)).equals(Set.of(0))).mapToObj(i -> String.valueOf(i + 1)).toList();
        assertThat(revisit).isEqualTo(wrong).isNotEmpty();

        // The first question to revisit is shown: every option marked, the choice named, feedback in words.
        int first = Integer.parseInt(wrong.getFirst()) - 1;
        Step.QuizItem item = quiz.items().get(first);
        assertThat(position()).isEqualTo("Question " + (first + 1) + " of 12");
        List<Div> rows = _find(Div.class, spec -> spec.withClasses("quiz-option-row"));
        assertThat(rows).hasSize(item.options().size());
        for (int o = 0; o < rows.size(); o++) {
            String row = rendered(rows.get(o));
            assertThat(row).startsWith(item.options().get(o).correct() ? "✓" : "✗");
            assertThat(rows.get(o).hasClassName("quiz-option-chosen")).isEqualTo(o == 0);
        }
        assertThat(rendered(_get(Div.class, spec -> spec.withClasses("quiz-wrong")))).contains("Not quite.");

        _click(_get(Button.class, spec -> spec.withText("Try again")));
        answerEveryQuestion(quiz, LessonViewTest::rightOptions);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("quiz-passed")).getText())
                .startsWith("You scored 100% and passed").endsWith("Best so far: 100%.");
        assertThat(_find(Button.class, spec -> spec.withClasses("quiz-revisit-item"))).isEmpty();
    }

    @Test
    void a_wrongly_chosen_option_shows_why_it_is_wrong() {
        openStep("four-criteria", QuizStepView.class);
        Step.Quiz quiz = _get(QuizStepView.class).quiz();
        int recruiter = IntStream.range(0, quiz.items().size()).filter(i -> quiz.items().get(i).id().equals("unknown-recruiter"))
                .findFirst().orElseThrow();
        answerEveryQuestion(quiz, item -> item.id().equals("unknown-recruiter") ? Set.of(1) : rightOptions(item));
        _click(_get(Button.class, spec -> spec.withClasses("quiz-revisit-item")));
        assertThat(position()).isEqualTo("Question " + (recruiter + 1) + " of 12");
        Div chosen = _get(Div.class, spec -> spec.withClasses("quiz-option-chosen"));
        assertThat(rendered(chosen)).startsWith("✗").contains("Wrong answer, which you chose.")
                .contains("not your understanding");
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
    void finishing_a_lesson_on_an_empty_reflection_stays_on_it_and_says_what_is_missing_under_the_field() {
        navigate("course/collecting-is-not-connecting");
        _click(_find(Button.class, spec -> spec.withClasses("step-list-item")).getLast());
        Button finish = _get(Button.class, spec -> spec.withClasses("next-step"));
        assertThat(finish.getText()).isEqualTo("Finish lesson");
        _click(finish);

        assertThat(currentView()).isEqualTo(LessonView.class);
        TextArea answer = _get(TextArea.class);
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("Write a few words here to finish this step; they stay with you.");
        userSets(answer, "Fewer strangers");
        assertThat(answer.isInvalid()).isFalse();
    }

    @Test
    void a_scenario_choice_says_how_good_it_was_in_words_and_the_ending_lists_every_decision() {
        openStep("stranger-at-the-door", ScenarioStepView.class);
        _click(choices().getLast()); // keep quiet and pretend you're not in
        assertThat(rendered(_get(Div.class, spec -> spec.withClasses("choice-feedback")))).contains("Mixed choice");
        assertThat(rendered(_get(Div.class, spec -> spec.withClasses("scenario-ending")))).contains("Mixed ending");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("scenario-score")).getText())
                .isEqualTo("You scored 3 of 6 points on this path.");
        assertThat(rendered(_get(Div.class, spec -> spec.withClasses("scenario-decisions"))))
                .contains("Mixed choice").contains("Keep quiet and pretend you're not in");
    }

    @Test
    void finishing_every_step_of_a_lesson_marks_it_completed_on_the_course_map() {
        finish("collecting-is-not-connecting");
        assertThat(currentView()).isEqualTo(CourseView.class);
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("lesson-status"))
                .getFirst().getText()).isEqualTo("Completed");
    }

    @Test
    void a_second_lesson_finished_at_once_replaces_the_first_lessons_note_instead_of_stacking_on_it() {
        finish("collecting-is-not-connecting");
        finish("collecting-is-not-connecting");

        assertThat(_find(com.vaadin.flow.component.notification.Notification.class)).filteredOn(
                com.vaadin.flow.component.notification.Notification::isOpened).hasSize(1);
    }

    /** Plays every step of the lesson, writing a thought into each reflection, and finishes it. */
    private static void finish(String lesson) {
        navigate("course/" + lesson);
        for (int guard = 0; guard < 20; guard++) {
            _find(TextArea.class).forEach(area -> userSets(area, "A thought"));
            Button next = _get(Button.class, spec -> spec.withClasses("next-step"));
            boolean last = next.getText().equals("Finish lesson");
            _click(next);
            if (last) {
                break;
            }
        }
    }
}
