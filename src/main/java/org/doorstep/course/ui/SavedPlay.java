package org.doorstep.course.ui;

import java.util.Set;
import org.doorstep.course.CourseService;
import org.doorstep.course.StepState;

/** The trainee's play: every action goes to the service and is saved at once. */
record SavedPlay(CourseService course, String lesson) implements PlayActions {

    @Override
    public void goTo(String stepId) {
        course.goTo(lesson, stepId);
    }

    @Override
    public StepState viewed(String stepId) {
        return course.viewed(lesson, stepId);
    }

    @Override
    public StepState choose(String stepId, int choice) {
        return course.choose(lesson, stepId, choice);
    }

    @Override
    public StepState restart(String stepId) {
        return course.restartScenario(lesson, stepId);
    }

    @Override
    public StepState answer(String stepId, String itemId, Set<Integer> selected) {
        return course.answer(lesson, stepId, itemId, selected);
    }

    @Override
    public StepState check(String stepId) {
        return course.check(lesson, stepId);
    }

    @Override
    public StepState retry(String stepId) {
        return course.retry(lesson, stepId);
    }

    @Override
    public StepState reflect(String stepId, String text) {
        return course.reflect(lesson, stepId, text);
    }
}
