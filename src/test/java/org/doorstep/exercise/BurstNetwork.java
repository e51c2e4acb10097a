package org.doorstep.exercise;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated network with a known burst: one new connection a week (Wednesdays from 3 Jan 2018), and in the
 * week of 11 Mar 2019 instead a burst of "Bea Burst" people spread over its seven days, as the article's client
 * who accepted 72 strangers in one week. {@link #export()} is that story in one year, for the network's chart.
 */
public final class BurstNetwork {

    public static final LocalDate BURST_WEEK = LocalDate.of(2019, 3, 11);
    private static final LocalDate FIRST_WEDNESDAY = LocalDate.of(2018, 1, 3);
    private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    /** The year of {@link #export()}: a Wednesday a week from 9 Jan 2019, and 72 in the week of 11 Mar 2019. */
    public static final LocalDate FIRST_MONDAY = LocalDate.of(2019, 1, 7);
    public static final int WEEKS = 51; // the last Wednesday: 25 Dec 2019
    public static final int IN_THE_BURST = 72;
    public static final int TOTAL = WEEKS + IN_THE_BURST - 1;

    private BurstNetwork() {
    }

    /** One year: the steady one a week, and in the burst week 71 more (72 in all) spread over its seven days. */
    public static Path export() {
        StringBuilder csv = new StringBuilder(ExportFiles.PREAMBLE);
        int n = 0;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate wednesday = FIRST_MONDAY.plusWeeks(week).plusDays(2);
            csv.append(ExportFiles.row("Steady", "Person" + n, "steady-" + n++, "Acme", EXPORT_DATE.format(wednesday)));
        }
        for (int extra = 0; extra < IN_THE_BURST - 1; extra++) {
            LocalDate day = BURST_WEEK.plusDays(extra % 7);
            csv.append(ExportFiles.row("Burst", "Person" + n, "burst-" + n++, "Acme", EXPORT_DATE.format(day)));
        }
        return ExportFiles.write(csv.toString());
    }

    /** New connections in a month of {@link #export()}'s year. */
    public static int inMonth(int month) {
        int steady = 0;
        for (int week = 0; week < WEEKS; week++) {
            if (FIRST_MONDAY.plusWeeks(week).plusDays(2).getMonthValue() == month) {
                steady++;
            }
        }
        return steady + (month == 3 ? IN_THE_BURST - 1 : 0);
    }

    /** The export: {@code burst} people in the burst week, one a week otherwise for {@code steadyWeeks} weeks. */
    public static Path write(int burst, int steadyWeeks) {
        StringBuilder csv = new StringBuilder(ExportFiles.PREAMBLE);
        for (int week = 0; week < steadyWeeks; week++) {
            LocalDate day = FIRST_WEDNESDAY.plusWeeks(week);
            if (!ConnectionEvidence.weekOf(day).equals(BURST_WEEK)) {
                csv.append(ExportFiles.row("Sam", "Steady" + week, "sam-steady-" + week, "Steady Works", EXPORT_DATE.format(day)));
            }
        }
        for (int i = 0; i < burst; i++) {
            csv.append(ExportFiles.row("Bea", "Burst" + i, "bea-burst-" + i, "Burst Media", EXPORT_DATE.format(BURST_WEEK.plusDays(i % 7))));
        }
        return ExportFiles.write(csv.toString());
    }

    /** Sets one person's evidence as the import would from messages.csv and Invitations.csv. */
    public static void evidence(JdbcTemplate jdbc, long userId, String lastName, int messages, Boolean invitedByThem,
            String note) {
        int updated = jdbc.update("update connection set message_count = ?, invited_by_them = ?, invitation_note = ? "
                + "where user_id = ? and last_name = ?", messages, invitedByThem, note, userId, lastName);
        if (updated != 1) {
            throw new IllegalStateException("No single connection called " + lastName);
        }
    }

    /** Empties a person's company and position, as a closed or hidden profile's row has them. */
    public static void hidden(JdbcTemplate jdbc, long userId, String lastName) {
        jdbc.update("update connection set company = null, position = null where user_id = ? and last_name = ?", userId, lastName);
    }
}
