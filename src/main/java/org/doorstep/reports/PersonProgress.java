package org.doorstep.reports;

import java.time.Instant;
import java.util.Optional;

/** One person in a manager's report: progress in counts and figures, never a connection's name. */
public record PersonProgress(long userId, String name, String team, boolean enrolled, int lessonsCompleted,
        int lessonsTotal, Instant lastActivity, int connections, int reviewed, int removed, boolean baseline,
        Optional<Double> profileViewRatio, int overdueFollowUps) {

    /** Share of connections reviewed, 0–100; empty without an import. */
    public Optional<Integer> reviewedPercent() {
        return connections == 0 ? Optional.empty() : Optional.of(reviewed * 100 / connections);
    }
}
