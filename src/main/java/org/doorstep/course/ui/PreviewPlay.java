package org.doorstep.course.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.doorstep.course.StepMoves;
import org.doorstep.course.StepState;

/** An author's preview: the same moves as a trainee's, kept in memory and never saved. */
class PreviewPlay implements PlayActions {

    private final Lesson lesson;
    private final Map<String, StepState> states = new HashMap<>();

    PreviewPlay(Lesson lesson) {
        this.lesson = lesson;
    }

    private <S extends Step> S step(String id, Class<S> kind) {
        return kind.cast(lesson.step(id).orElseThrow());
    }

    private StepState state(String id) {
        return states.getOrDefault(id, StepState.NEW);
    }

    private StepState keep(String id, StepState state) {
        states.put(id, state);
        return state;
    }

    @Override
    public void goTo(String stepId) {
        // nothing to remember: a preview always starts at the first step
    }

    @Override
    public StepState viewed(String stepId) {
        return keep(stepId, StepMoves.viewed(state(stepId)));
    }

    @Override
    public StepState choose(String stepId, int choice) {
        return keep(stepId, StepMoves.choose(step(stepId, Step.Scenario.class), state(stepId), choice));
    }

    @Override
    public StepState restart(String stepId) {
        return keep(stepId, StepMoves.restart(state(stepId)));
    }

    @Override
    public StepState answer(String stepId, String itemId, Set<Integer> selected) {
        return keep(stepId, StepMoves.answer(step(stepId, Step.Quiz.class), state(stepId), itemId, selected));
    }

    @Override
    public StepState check(String stepId) {
        return keep(stepId, StepMoves.check(step(stepId, Step.Quiz.class), state(stepId)));
    }

    @Override
    public StepState retry(String stepId) {
        return keep(stepId, StepMoves.retry(state(stepId)));
    }

    @Override
    public StepState reflect(String stepId, String text) {
        return keep(stepId, StepMoves.reflect(state(stepId), text));
    }
}
