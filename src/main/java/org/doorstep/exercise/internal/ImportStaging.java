package org.doorstep.exercise.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.exercise.ImportCounts;
import org.jspecify.annotations.Nullable;

/**
 * Turns parsed rows into rows to stage, a chunk at a time: one per person (a repeated person is skipped,
 * naming the line they first appeared on), keyed by profile URL, or by name and connection date in the
 * old format, with the messages exchanged with them and the invitation between you, as the export shows.
 */
final class ImportStaging {

    record Staged(List<StagedRow> rows, List<ImportCounts.SkippedLine> skipped) {
    }

    private final MessagedContacts messaged;
    private final Invitations invitations;
    private final boolean keepEmails;
    private final Map<String, Integer> firstLine = new HashMap<>();
    private final List<ImportCounts.SkippedLine> skipped = new ArrayList<>();
    private final WeekHistogram weeks = new WeekHistogram();
    private int staged;

    /** keepEmails: the trainee chose to keep their connections' e-mail addresses; otherwise none is stored. */
    ImportStaging(MessagedContacts messaged, Invitations invitations, boolean keepEmails) {
        this.messaged = messaged;
        this.invitations = invitations;
        this.keepEmails = keepEmails;
    }

    /** All of an export at once (previews and re-imports). */
    static Staged stage(ExportContents export, boolean keepEmails) {
        ImportStaging staging = new ImportStaging(export.messaged(), export.invitations(), keepEmails);
        List<Record> rows = new ArrayList<>(export.connections().connections());
        rows.addAll(export.connections().skipped());
        List<StagedRow> stagedRows = staging.add(rows);
        return new Staged(stagedRows, staging.skipped());
    }

    /** The next rows of the file (connections or skipped rows, in file order); returns those to store. */
    List<StagedRow> add(List<Record> rows) {
        List<StagedRow> out = new ArrayList<>(rows.size());
        for (Record row : rows) {
            if (row instanceof SkippedRow skip) {
                skipped.add(new ImportCounts.SkippedLine(skip.line(), skip.reason()));
            } else if (row instanceof ParsedConnection parsed) {
                StagedRow stagedRow = stage(parsed);
                if (stagedRow != null) {
                    out.add(stagedRow);
                    weeks.count(stagedRow.connectedOn());
                }
            }
        }
        staged += out.size();
        return out;
    }

    private @Nullable StagedRow stage(ParsedConnection parsed) {
        String nameKey = nameKey(parsed);
        String url = parsed.profileUrl(); // the parser hands it over normalised
        String matchKey = url != null ? url : nameKey;
        Integer earlier = firstLine.putIfAbsent(matchKey, parsed.line());
        if (earlier != null) {
            skipped.add(new ImportCounts.SkippedLine(parsed.line(), "the same person as line " + earlier));
            return null;
        }
        String name = fullName(parsed).toLowerCase(Locale.ROOT);
        Invitations.Invitation invitation = invitations.with(url, name);
        return new StagedRow(matchKey, nameKey, nullToEmpty(parsed.firstName()), nullToEmpty(parsed.lastName()), url,
                keepEmails ? parsed.email() : null, parsed.company(), parsed.position(), parsed.connectedOn(),
                messaged.messagesWith(url, name), invitation == null ? null : invitation.invitedByThem(),
                invitation == null ? null : invitation.note());
    }

    int stagedCount() {
        return staged;
    }

    /** New connections per week among the rows staged so far. */
    WeekHistogram weeks() {
        return weeks;
    }

    /** Every skipped line so far, in file order. */
    List<ImportCounts.SkippedLine> skipped() {
        List<ImportCounts.SkippedLine> sorted = new ArrayList<>(skipped);
        sorted.sort(Comparator.comparingInt(ImportCounts.SkippedLine::line));
        return sorted;
    }

    /**
     * The old format has no URL: a person is their name and the day you connected. Not the company,
     * which an export gives as of export day, so a job change would look like a new person.
     */
    static String nameKey(ParsedConnection parsed) {
        return "name:" + nullToEmpty(parsed.firstName()).toLowerCase(Locale.ROOT) + "|"
                + nullToEmpty(parsed.lastName()).toLowerCase(Locale.ROOT) + "|" + parsed.connectedOn();
    }

    private static String fullName(ParsedConnection parsed) {
        return (nullToEmpty(parsed.firstName()) + " " + nullToEmpty(parsed.lastName())).strip();
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
