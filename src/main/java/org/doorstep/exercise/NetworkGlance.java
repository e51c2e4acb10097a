package org.doorstep.exercise;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The trainee's network at a glance: new connections per month (months holding a burst week marked), the burst
 * weeks, how many connections are decided and how many remain, and the pace of recent decisions. Counts only.
 */
public record NetworkGlance(List<Month> months, List<Week> bursts, int total, int decided, Pace pace) {

    public NetworkGlance {
        months = List.copyOf(months);
        bursts = List.copyOf(bursts);
    }

    public int remaining() {
        return total - decided;
    }

    /** New connections in a calendar month; {@code burst} when some of them were made in a burst week. */
    public record Month(YearMonth month, int connections, boolean burst) {
    }

    /** A week, Monday to Sunday, named by its Monday, with the connections made in it. */
    public record Week(LocalDate monday, int connections) {
    }

    /**
     * Decisions made in the last {@code windowDays} days, on {@code activeDays} distinct days. The estimate is per
     * active day, so a trainee who works twice a week is not told they are slower than they are.
     */
    public record Pace(int decisions, int activeDays, int windowDays) {

        /** Fewer recent decisions than this give no estimate: one evening's handful says little. */
        public static final int MINIMUM_DECISIONS = 10;
        public static final int WINDOW_DAYS = 14;

        public boolean estimable() {
            return decisions >= MINIMUM_DECISIONS && activeDays > 0;
        }

        public int perActiveDay() {
            return activeDays == 0 ? 0 : Math.round((float) decisions / activeDays);
        }

        /** Active days like the recent ones that {@code remaining} decisions take; 0 when none remain. */
        public int daysFor(int remaining) {
            if (!estimable()) {
                throw new IllegalStateException("Not enough recent decisions to estimate");
            }
            return remaining <= 0 ? 0 : (int) Math.ceil(remaining * (double) activeDays / decisions);
        }
    }
}
