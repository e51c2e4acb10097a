package org.doorstep.results;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One person's results in a manager's report, for a date range: a baseline taken by its end, the
 * latest follow-up in it over that baseline (profile views), follow-ups overdue as of its end, and the
 * last entry in it (null when none).
 */
public record ResultsOverview(boolean baseline, Optional<Double> profileViewRatio, int overdueFollowUps,
        LocalDate lastEntry) {

    public static final ResultsOverview NONE = new ResultsOverview(false, Optional.empty(), 0, null);
}
