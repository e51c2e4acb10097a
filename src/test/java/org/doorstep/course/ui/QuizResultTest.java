package org.doorstep.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.KaribuTest;
import org.doorstep.course.Step;
import org.doorstep.course.StepState;
import org.junit.jupiter.api.Test;

/** A quiz's result agrees with the marks beneath it, also when a newer course version changed a key since. */
class QuizResultTest extends KaribuTest {

    private static final Step.Quiz QUIZ = new Step.Quiz("q", "Two questions", 70, List.of(
            new Step.QuizItem("a", "First?", false, List.of(new Step.QuizOption("yes", true, null),
                    new Step.QuizOption("no", false, null)), null),
            new Step.QuizItem("b", "Second?", false, List.of(new Step.QuizOption("yes", false, null),
                    new Step.QuizOption("no", true, null)), null)));

    @Test
    void a_score_stored_under_older_keys_gives_way_to_the_answers_as_marked_today() {
        // Checked at 100 % when "yes" was right for both; today's key for the second is "no".
        StepState checkedBefore = new StepState(true, 100, List.of(), Map.of("a", Set.of(0), "b", Set.of(0)), true, 100, "");

        QuizStepView view = new QuizStepView(QUIZ, checkedBefore, null, (id, state) -> { });

        assertThat(rendered(view)).contains("50%").doesNotContain("You scored 100%").contains("Questions to revisit:");
    }
}
