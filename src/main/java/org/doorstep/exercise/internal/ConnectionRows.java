package org.doorstep.exercise.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Turns one data row into a connection, or into a skipped row saying why; one bad row never sinks the file. */
final class ConnectionRows {

    static final int MAX_FIELD_LENGTH = 500;

    // "08 Feb 2026"; "8 Feb 2026" too. English months whatever the server's locale; STRICT refuses "31 Feb".
    private static final DateTimeFormatter CONNECTED_ON = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral(' ')
            .appendPattern("MMM")
            .appendLiteral(' ')
            .appendValue(ChronoField.YEAR, 4)
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    // "2026-02-08", as a spreadsheet re-saves it: unambiguous, unlike 02/08/2026. STRICT refuses "2021-02-30".
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE
            .withResolverStyle(ResolverStyle.STRICT);

    private static final String EXPECTED_DATE = "(expected like 08 Feb 2026 or 2026-02-08)";

    private ConnectionRows() {
    }

    /** The row as a connection, or as a skipped row saying why. Independent of other rows, so rows convert in parallel. */
    static Record convert(ConnectionsHeader header, CsvRows.Row row) {
        String problem = shapeProblem(header, row);
        if (problem != null) {
            return new SkippedRow(row.line(), problem);
        }
        // Each value is parsed once: 30,000 rows make the difference visible in the import benchmark.
        String connectedOn = value(header.connectedOn(), row);
        LocalDate date;
        try {
            date = LocalDate.parse(Objects.requireNonNull(connectedOn, "refused by shapeProblem when absent"),
                    isIso(connectedOn) ? ISO_DATE : CONNECTED_ON);
        } catch (DateTimeParseException e) {
            return new SkippedRow(row.line(), "unreadable date '" + connectedOn + "' " + EXPECTED_DATE);
        }
        String url = value(header.url(), row);
        String normalised = ProfileUrls.normalise(url);
        if (url != null && normalised == null) {
            return new SkippedRow(row.line(), "the URL is not a LinkedIn profile address");
        }
        return new ParsedConnection(row.line(), value(header.firstName(), row), value(header.lastName(), row),
                normalised, value(header.email(), row), value(header.company(), row), value(header.position(), row),
                date);
    }

    /** LinkedIn's own form starts with the day ("8 Feb"), never with four digits and a dash. */
    private static boolean isIso(String date) {
        return date.length() == 10 && date.charAt(4) == '-';
    }

    /** What makes the row unreadable before its values are parsed, in words for the member; null when none. */
    private static @Nullable String shapeProblem(ConnectionsHeader header, CsvRows.Row row) {
        int columns = header.labels().size();
        List<String> fields = row.fields();
        // A trailing empty value ("…,08 Feb 2026,") is harmless; a filled extra one means a comma outside quotes
        // has shifted the values, and every column after it would be wrong.
        if (fields.size() > columns && !fields.subList(columns, fields.size()).stream().allMatch(String::isBlank)) {
            return "the row has " + fields.size() + " values but the heading has " + columns
                    + ": probably a comma outside quotes";
        }
        for (int i = 0; i < Math.min(columns, fields.size()); i++) {
            String field = fields.get(i);
            // Characters as a person counts them: only a long field needs the code point count.
            if (field.length() > MAX_FIELD_LENGTH && field.codePointCount(0, field.length()) > MAX_FIELD_LENGTH) {
                return "the " + header.labels().get(i) + " field is longer than " + MAX_FIELD_LENGTH + " characters";
            }
        }
        if (value(header.firstName(), row) == null && value(header.lastName(), row) == null) {
            return "no name: a hidden or closed profile";
        }
        if (value(header.connectedOn(), row) == null) {
            return "no " + header.labels().get(header.connectedOn()) + " date " + EXPECTED_DATE;
        }
        return null;
    }

    /** Trimmed, and null for a blank or absent value: LinkedIn leaves most emails and some companies empty. */
    private static @Nullable String value(int column, CsvRows.Row row) {
        String field = row.field(column);
        return field == null || field.isBlank() ? null : field.strip();
    }
}
