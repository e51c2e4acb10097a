package org.doorstep.exercise.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * New connections per week (Monday to Sunday, as PostgreSQL's date_trunc('week') counts), gathered while a first
 * import stores its rows; the burst rule itself stays in SQL (burst_weeks, V027).
 */
final class WeekHistogram {

    private final Map<LocalDate, Integer> made = new HashMap<>();

    void count(LocalDate connectedOn) {
        made.merge(connectedOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1, Integer::sum);
    }

    private Map<LocalDate, Integer> sorted() {
        return new TreeMap<>(made);
    }

    /** The weeks as a PostgreSQL date[] literal, e.g. {2019-03-11,2019-03-18}: ISO dates need no quoting. */
    String weeks() {
        return sorted().keySet().stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** The counts, in the order of {@link #weeks()}, as an int[] literal. */
    String counts() {
        return sorted().values().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
