package org.doorstep.workshop;

import java.util.List;
import java.util.Set;

/** Everything the presenter screen shows: the session, its steps, the live answers and the room. */
public record Presentation(SessionRef session, List<WorkshopStep> steps, int currentStep, boolean selfPaced,
        PollResult answers, Set<Integer> revealed, RoomProgress room) {

    public Presentation {
        steps = List.copyOf(steps);
        revealed = Set.copyOf(revealed);
    }

    public WorkshopStep step() {
        return steps.get(currentStep);
    }
}
