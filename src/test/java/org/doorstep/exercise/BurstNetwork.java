package org.doorstep.exercise;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A generated export with one known burst, as the article tells it: a steady one new connection a week (on the
 * Wednesday) through 2019, and the week of 11 March 2019 with 72 in all (the steady one and 71 more, spread over
 * its seven days). Names are invented; the counts are what tests look at.
 */
public final class BurstNetwork {

    public static final LocalDate FIRST_MONDAY = LocalDate.of(2019, 1, 7);
    public static final int WEEKS = 51; // the last Wednesday: 25 Dec 2019
    public static final LocalDate BURST_MONDAY = LocalDate.of(2019, 3, 11);
    public static final int BURST_WEEK = 72;
    public static final int TOTAL = WEEKS + BURST_WEEK - 1;
    private static final DateTimeFormatter LINKEDIN_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private BurstNetwork() {
    }

    public static Path export() {
        StringBuilder csv = new StringBuilder(ExportFiles.PREAMBLE);
        int n = 0;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate wednesday = FIRST_MONDAY.plusWeeks(week).plusDays(2);
            csv.append(ExportFiles.row("Steady", "Person" + n, "steady-" + n++, "Acme", LINKEDIN_DATE.format(wednesday)));
        }
        for (int extra = 0; extra < BURST_WEEK - 1; extra++) {
            LocalDate day = BURST_MONDAY.plusDays(extra % 7);
            csv.append(ExportFiles.row("Burst", "Person" + n, "burst-" + n++, "Acme", LINKEDIN_DATE.format(day)));
        }
        return ExportFiles.write(csv.toString());
    }

    /** New connections in the month, as the export above makes them. */
    public static int inMonth(int month) {
        int steady = 0;
        for (int week = 0; week < WEEKS; week++) {
            if (FIRST_MONDAY.plusWeeks(week).plusDays(2).getMonthValue() == month) {
                steady++;
            }
        }
        return steady + (month == 3 ? BURST_WEEK - 1 : 0);
    }
}
