package org.doorstep.workshop;

import java.util.List;

/**
 * A trainee's place in a session when their screen opens: the steps, the room as it is now and their own
 * answers, so a reload or a late join lands on the current step.
 */
public record Seat(SessionRef session, List<WorkshopStep> steps, Room room, int ownStep, MyAnswers myAnswers) {

    public Seat {
        steps = List.copyOf(steps);
    }

    /** The step a screen shows of the room: the trainee's own while the room goes at its own pace, else the trainer's. */
    public int stepOnScreen(Room now, int own) {
        return Sessions.clamp(now.selfPaced() ? own : now.currentStep(), steps);
    }
}
