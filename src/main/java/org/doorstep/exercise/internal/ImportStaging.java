package org.doorstep.exercise.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorstep.exercise.ImportCounts;

/**
 * Turns a parsed export into rows to stage: one per person (a repeated person is skipped, naming
 * the line they first appeared on), keyed by profile URL, or by name and connection date in the old format.
 */
final class ImportStaging {

    record Staged(List<StagedRow> rows, List<ImportCounts.SkippedLine> skipped) {
    }

    private ImportStaging() {
    }

    static Staged stage(ExportContents export) {
        List<ImportCounts.SkippedLine> skipped = new ArrayList<>();
        export.connections().skipped().forEach(row -> skipped.add(new ImportCounts.SkippedLine(row.line(), row.reason())));
        Map<String, StagedRow> rows = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        MessagedContacts messaged = export.messaged();
        for (ParsedConnection parsed : export.connections().connections()) {
            String nameKey = nameKey(parsed);
            String url = parsed.profileUrl(); // the parser hands it over normalised
            String matchKey = url != null ? url : nameKey;
            if (rows.containsKey(matchKey)) {
                skipped.add(new ImportCounts.SkippedLine(parsed.line(),
                        "the same person as line " + firstLine.get(matchKey)));
                continue;
            }
            boolean wasMessaged = (url != null && messaged.profileUrls().contains(url))
                    || messaged.names().contains(fullName(parsed).toLowerCase(Locale.ROOT));
            rows.put(matchKey, new StagedRow(matchKey, nameKey, nullToEmpty(parsed.firstName()),
                    nullToEmpty(parsed.lastName()), url, parsed.email(), parsed.company(), parsed.position(),
                    parsed.connectedOn(), wasMessaged));
            firstLine.put(matchKey, parsed.line());
        }
        skipped.sort(java.util.Comparator.comparingInt(ImportCounts.SkippedLine::line));
        return new Staged(List.copyOf(rows.values()), skipped);
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
