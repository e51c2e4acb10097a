package org.doorstep.workshop;

import java.util.List;
import java.util.Map;

/**
 * A trainee's place in a session when their screen opens: the steps, the room as it is now and their own
 * answers (step → choice index or text), so a reload or a late join lands on the current step.
 */
public record Seat(SessionRef session, List<WorkshopStep> steps, Room room, int ownStep, Map<Integer, String> myAnswers) {

    public Seat {
        steps = List.copyOf(steps);
        myAnswers = Map.copyOf(myAnswers);
    }
}
