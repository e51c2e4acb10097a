package org.doorstep.course.ui;

import java.util.Set;
import org.doorstep.course.StepState;

/** What the player does to a step: saved for trainees, kept in memory in an author's preview. */
interface PlayActions {

    void goTo(String stepId);

    StepState viewed(String stepId);

    StepState choose(String stepId, int choice);

    StepState restart(String stepId);

    StepState answer(String stepId, String itemId, Set<Integer> selected);

    StepState check(String stepId);

    StepState retry(String stepId);

    StepState reflect(String stepId, String text);
}
