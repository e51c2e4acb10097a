package org.doorstep.workshop;

import java.time.Instant;
import java.util.List;

/** What stays of an ended session: who came and how the room answered each poll. */
public record SessionSummary(SessionRef session, Instant endedAt, List<String> attendees, List<WorkshopStep> steps,
        List<PollResult> results) {

    public SessionSummary {
        attendees = List.copyOf(attendees);
        results = List.copyOf(results);
    }
}
