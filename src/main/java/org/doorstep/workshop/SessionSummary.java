package org.doorstep.workshop;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What stays of an ended session: who came and how the room answered each poll; {@code endedAt} null while not ended. */
public record SessionSummary(SessionRef session, @Nullable Instant endedAt, List<String> attendees, List<WorkshopStep> steps,
        List<PollResult> results) {

    public SessionSummary {
        attendees = List.copyOf(attendees);
        results = List.copyOf(results);
    }

    /** The questions the room answered at all. */
    public List<PollResult> answered() {
        return results.stream().filter(result -> result.answered() > 0).toList();
    }

    /** Every answer given, over all questions. */
    public int answers() {
        return answered().stream().mapToInt(PollResult::answered).sum();
    }

    /**
     * Right answers and the answers that could be judged: only a poll with one right option can be judged from
     * its option counts (a several-options answer is stored per option, not per person).
     */
    public Judged judged() {
        int judged = 0;
        int right = 0;
        for (PollResult result : answered()) {
            WorkshopStep step = steps.get(result.step());
            if (step.kind() == WorkshopStep.Kind.POLL && !step.multiple() && step.correct().size() == 1) {
                judged += result.answered();
                right += result.counts().getOrDefault(step.correct().getFirst(), 0);
            }
        }
        return new Judged(right, judged);
    }

    public record Judged(int right, int of) {
    }
}
