package org.doorstep.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One person in a manager's report, in counts and figures, never a connection's name. Course and
 * results figures count within the report's dates; exercise counts are as they stand now.
 */
public record PersonProgress(long userId, String name, String team, boolean enrolled, int lessonsCompleted,
        int lessonsTotal, boolean completedCourse, @Nullable Instant lastActivity, int connections, int reviewed,
        int removed, boolean baseline, Optional<Double> profileViewRatio, int overdueFollowUps,
        @Nullable LocalDate lastResultEntry) {

    /** Share of connections reviewed, 0–100; empty without an import. */
    public Optional<Integer> reviewedPercent() {
        return connections == 0 ? Optional.empty() : Optional.of(reviewed * 100 / connections);
    }

    /** Worked on the course or recorded results within the report's dates. */
    public boolean active() {
        return lastActivity != null || lastResultEntry != null;
    }
}
