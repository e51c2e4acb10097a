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

    private ConnectionRows() {
    }

    static void read(ConnectionsHeader header, CsvRows.Row row, List<ParsedConnection> connections,
            List<SkippedRow> skipped) {
        String problem = problem(header, row);
        if (problem != null) {
            skipped.add(new SkippedRow(row.line(), problem));
            return;
        }
        connections.add(new ParsedConnection(row.line(),
                value(header.firstName(), row),
                value(header.lastName(), row),
                ProfileUrls.normalise(value(header.url(), row)),
                value(header.email(), row),
                value(header.company(), row),
                value(header.position(), row),
                LocalDate.parse(value(header.connectedOn(), row), CONNECTED_ON)));
    }

    /** The first thing wrong with the row, in words for the member; null when it can be imported. */
    private static String problem(ConnectionsHeader header, CsvRows.Row row) {
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
            if (field.codePointCount(0, field.length()) > MAX_FIELD_LENGTH) {
                return "the " + header.labels().get(i) + " field is longer than " + MAX_FIELD_LENGTH + " characters";
            }
        }
        if (value(header.firstName(), row) == null && value(header.lastName(), row) == null) {
            return "no name: a hidden or closed profile";
        }
        String connectedOn = value(header.connectedOn(), row);
        if (connectedOn == null) {
            return "no " + header.labels().get(header.connectedOn()) + " date (expected like 08 Feb 2026)";
        }
        try {
            LocalDate.parse(connectedOn, CONNECTED_ON);
        } catch (DateTimeParseException e) {
            return "unreadable date '" + connectedOn + "' (expected like 08 Feb 2026)";
        }
        String url = value(header.url(), row);
        if (url != null && ProfileUrls.normalise(url) == null) {
            return "the URL is not a LinkedIn profile address";
        }
        return null;
    }

    /** Trimmed, and null for a blank or absent value: LinkedIn leaves most emails and some companies empty. */
    private static String value(int column, CsvRows.Row row) {
        String field = row.field(column);
        return field == null || field.isBlank() ? null : field.strip();
    }
}
