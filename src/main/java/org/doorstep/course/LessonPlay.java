package org.doorstep.course;

import java.util.Map;

/** A lesson as one trainee plays it: the content, the step to show, and each step's saved state. */
public record LessonPlay(Lesson lesson, int version, String currentStep, Map<String, StepState> states,
        boolean completed) {

    public StepState state(String stepId) {
        return states.getOrDefault(stepId, StepState.NEW);
    }
}
