package org.doorstep.course.ui;

import java.util.Set;
import org.doorstep.course.CourseService;
import org.doorstep.course.StepState;

/** The trainee's play: every action goes to the service and is saved at once. */
record SavedPlay(CourseService service, String course, String lesson) implements PlayActions {

    @Override
    public void goTo(String stepId) {
        service.goTo(course, lesson, stepId);
    }

    @Override
    public StepState viewed(String stepId) {
        return service.viewed(course, lesson, stepId);
    }

    @Override
    public StepState choose(String stepId, int choice) {
        return service.choose(course, lesson, stepId, choice);
    }

    @Override
    public StepState restart(String stepId) {
        return service.restartScenario(course, lesson, stepId);
    }

    @Override
    public StepState answer(String stepId, String itemId, Set<Integer> selected) {
        return service.answer(course, lesson, stepId, itemId, selected);
    }

    @Override
    public StepState check(String stepId) {
        return service.check(course, lesson, stepId);
    }

    @Override
    public StepState retry(String stepId) {
        return service.retry(course, lesson, stepId);
    }

    @Override
    public StepState reflect(String stepId, String text) {
        return service.reflect(course, lesson, stepId, text);
    }
}
