package org.doorstep.results;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One trainee in a trainer's tracker: counts and figures only, never a connection's name. */
public record TrackerRow(long userId, String name, @Nullable Integer baseline, @Nullable Integer latest,
        Optional<Double> ratio, @Nullable Integer connectionsBefore, @Nullable Integer connectionsAfter,
        @Nullable LocalDate lastEntry, int missingFollowUps) {
}
