package org.doorstep.exercise.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.doorstep.exercise.ImportRefusedException;
import org.jspecify.annotations.Nullable;

/** Commons CSV over a decoded export, handing out each record with the physical line it starts on. */
final class CsvRows {

    /** One CSV record; a quoted value may have carried it over several physical lines. */
    record Row(int line, List<String> fields) {

        /** An empty or whitespace-only line; ",,," is not blank, it is a row of empty values. */
        boolean blank() {
            return fields.size() == 1 && fields.getFirst().isBlank();
        }

        @Nullable String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : null;
        }
    }

    // RFC 4180 quoting; empty lines are kept as records so that every line break is counted, and skipped by callers.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    // Excel's "Unicode text" separates by tabs, quoting as RFC 4180 does.
    private static final CSVFormat TAB_SEPARATED = FORMAT.builder().setDelimiter('\t').get();

    // Lines looked at to tell tabs from commas: the preamble, the heading and a few rows.
    private static final int LINES_FOR_DELIMITER = 20;

    // Commons CSV names the line where the unterminated quoted value began: "(startline 12) EOF reached ...".
    private static final Pattern START_LINE = Pattern.compile("startline ([\\d,]+)");

    private CsvRows() {
    }

    /** @throws ImportRefusedException UNBALANCED_QUOTES with the line on which the broken value starts */
    static void forEach(String text, String subject, Consumer<Row> action) {
        forEach(text, subject, FORMAT, action);
    }

    /**
     * The rows under the first one that recognise takes for the heading (it returns the columns, or null for a
     * row that is not the heading), each with those columns; blank lines and rows above the heading are skipped.
     */
    static <C> void forEachUnderHeading(String text, String subject, Function<List<String>, @Nullable C> recognise,
            BiConsumer<C, Row> action) {
        var heading = new Object() {
            @Nullable C columns;
        };
        forEach(text, subject, row -> {
            if (row.blank()) {
                return;
            }
            C columns = heading.columns;
            if (columns == null) {
                heading.columns = recognise.apply(row.fields());
            } else {
                action.accept(columns, row);
            }
        });
    }

    /** As {@link #forEach(String, String, Consumer)}, separated by tabs when the first lines hold more tabs than commas. */
    static void forEachOfEitherSeparator(String text, String subject, Consumer<Row> action) {
        forEach(text, subject, tabSeparated(text) ? TAB_SEPARATED : FORMAT, action);
    }

    /** Counts only the first lines, so a 30,000-row file costs nothing more. */
    static boolean tabSeparated(String text) {
        int tabs = 0;
        int commas = 0;
        int lines = 0;
        for (int i = 0; i < text.length() && lines < LINES_FOR_DELIMITER; i++) {
            switch (text.charAt(i)) {
                case '\t' -> tabs++;
                case ',' -> commas++;
                case '\n' -> lines++;
                default -> { }
            }
        }
        return tabs > commas;
    }

    private static void forEach(String text, String subject, CSVFormat format, Consumer<Row> action) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            // Each record ends with a line break the parser has counted, so the next one starts on the line after.
            int line = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw ExportRefusals.unbalancedQuotes(subject, brokenLine(e, line));
                }
                action.accept(new Row(line, record.toList()));
                line = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a StringReader: does not happen
        }
    }

    /**
     * At the end of the file Commons CSV names the line where the quoted value opened. When it instead meets a
     * later quote followed by text ("invalid character between encapsulated token and delimiter"), the record
     * that failed is the one holding the opening quote.
     */
    private static int brokenLine(RuntimeException e, int recordLine) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher matcher = START_LINE.matcher(String.valueOf(cause.getMessage()));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1).replace(",", ""));
            }
        }
        return recordLine;
    }
}
