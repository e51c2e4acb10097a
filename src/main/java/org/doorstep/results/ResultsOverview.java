package org.doorstep.results;

import java.util.Optional;

/** One person's results in a manager's report: a baseline or not, the latest profile-view ratio, overdue follow-ups. */
public record ResultsOverview(boolean baseline, Optional<Double> profileViewRatio, int overdueFollowUps) {
}
