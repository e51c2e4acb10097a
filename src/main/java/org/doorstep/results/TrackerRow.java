package org.doorstep.results;

import java.time.LocalDate;
import java.util.Optional;

/** One trainee in a trainer's tracker: counts and figures only, never a connection's name. */
public record TrackerRow(long userId, String name, Integer baseline, Integer latest, Optional<Double> ratio,
        Integer connectionsBefore, Integer connectionsAfter, LocalDate lastEntry, int missingFollowUps) {
}
