package org.doorstep.course;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How each action changes a step's state, without saving anything: the service saves the result
 * for trainees, the author's preview keeps it in memory, so both play a lesson identically.
 */
public final class StepMoves {

    public static final int MAX_REFLECTION = 5000;

    private StepMoves() {
    }

    public static StepState viewed(StepState state) {
        return new StepState(true, state.bestScore(), state.picks(), state.answers(), state.checked(),
                state.lastScore(), state.text());
    }

    public static StepState choose(Step.Scenario scenario, StepState state, int choice) {
        ScenarioWalk walk = ScenarioWalk.restore(scenario, state.picks()).choose(choice);
        boolean ended = walk.ended();
        Integer best = ended ? max(state.bestScore(), walk.score()) : state.bestScore();
        return new StepState(state.done() || ended, best, walk.picks(), state.answers(), false, null, state.text());
    }

    public static StepState restart(StepState state) {
        return new StepState(state.done(), state.bestScore(), java.util.List.of(), state.answers(), false, null,
                state.text());
    }

    public static StepState answer(Step.Quiz quiz, StepState state, String itemId, Set<Integer> selected) {
        QuizAttempt attempt = new QuizAttempt(quiz, state.answers()).with(itemId, selected);
        return new StepState(state.done(), state.bestScore(), state.picks(), attempt.answers(), false,
                state.lastScore(), state.text());
    }

    public static StepState check(Step.Quiz quiz, StepState state) {
        QuizAttempt attempt = new QuizAttempt(quiz, state.answers());
        int score = attempt.score();
        return new StepState(state.done() || attempt.passed(), max(state.bestScore(), score), state.picks(),
                state.answers(), true, score, state.text());
    }

    public static StepState retry(StepState state) {
        return new StepState(state.done(), state.bestScore(), state.picks(), Map.of(), false, null, state.text());
    }

    public static StepState reflect(StepState state, String text) {
        String kept = text == null ? "" : text.length() > MAX_REFLECTION ? text.substring(0, MAX_REFLECTION) : text;
        return new StepState(!kept.isBlank(), state.bestScore(), state.picks(), state.answers(), state.checked(),
                state.lastScore(), kept);
    }

    private static Integer max(@Nullable Integer best, int score) {
        return best == null ? score : Math.max(best, score);
    }
}
