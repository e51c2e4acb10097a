package org.doorstep.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whole days from one date to another, both included; either end may be open. Reports count what
 * happened within it; times are compared in the application clock's zone.
 */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {

    public static final DateRange ALWAYS = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The range starts on " + from + ", after its end " + to);
        }
    }

    public boolean bounded() {
        return from != null || to != null;
    }

    /** The first instant of the range, or empty when it has no start. */
    public Optional<Instant> start(ZoneId zone) {
        return Optional.ofNullable(from).map(day -> day.atStartOfDay(zone).toInstant());
    }

    /** The first instant after the range, or empty when it has no end. */
    public Optional<Instant> endExclusive(ZoneId zone) {
        return Optional.ofNullable(to).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** In words for a log line: "all days", "days 2025-02-01 to 2025-03-31", "days … to 2025-03-31". */
    public String describe() {
        return bounded() ? "days " + (from == null ? "…" : from) + " to " + (to == null ? "…" : to) : "all days";
    }

    /** The day things are judged on: the range's last day, or today when that is later or open. */
    public LocalDate asOf(LocalDate today) {
        return to == null || to.isAfter(today) ? today : to;
    }
}
