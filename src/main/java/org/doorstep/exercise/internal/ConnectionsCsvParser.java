package org.doorstep.exercise.internal;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.exercise.ImportRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * Reads LinkedIn's Connections.csv, current or legacy. Refuses a file that cannot be an export at all (see
 * {@link ImportRefusedException.Reason}); within an export, a row that cannot be read is skipped with its reason.
 */
public final class ConnectionsCsvParser {

    /** LinkedIn caps a member at 30,000 connections: a longer file is not a real export. */
    static final int MAX_ROWS = 30_000;

    // Enough of the file's start to name another LinkedIn file by its heading.
    private static final int ROWS_KEPT_FOR_RECOGNITION = 10;

    private ConnectionsCsvParser() {
    }

    /** @throws ImportRefusedException when the file cannot be imported at all */
    public static ConnectionsFile parse(InputStream in) {
        return parse(in, ExportRefusals.THE_FILE);
    }

    /** @param subject how refusals name the file: "The file", or "Connections.csv in the zip" */
    static ConnectionsFile parse(InputStream in, String subject) {
        return tokenize(in, subject).convertAll();
    }

    /**
     * The file checked and split into rows, not yet turned into connections: an import converts them a chunk
     * at a time while PostgreSQL stores the previous chunk. The rows are still being read on another thread when
     * it is handed over (its heading is known): a first import stores the first rows meanwhile.
     */
    record Tokenized(ConnectionsHeader header, RowsRead rows, Charset charset) {

        /**
         * How many of the first {@code wanted} rows there are, waiting until they are read or the file ends.
         *
         * @throws ImportRefusedException when the rest of the file is refused (too many rows, a broken quote)
         */
        int available(int wanted) {
            return rows.available(wanted);
        }

        /** Rows from..to (exclusive, {@link #available} already) as connections or skipped rows, in file order. */
        List<Record> convert(int from, int to) {
            return rows.slice(from, to).stream().map(row -> ConnectionRows.convert(header, row)).toList();
        }

        /** Every row, converted on both cores; the file order is kept. */
        ConnectionsFile convertAll() {
            List<Record> converted = rows.all().parallelStream().map(row -> ConnectionRows.convert(header, row))
                    .toList();
            List<ParsedConnection> connections = new ArrayList<>(converted.size());
            List<SkippedRow> skipped = new ArrayList<>();
            for (Record row : converted) {
                if (row instanceof ParsedConnection connection) {
                    connections.add(connection);
                } else {
                    skipped.add((SkippedRow) row);
                }
            }
            return new ConnectionsFile(header.format(), connections, skipped);
        }
    }

    /**
     * Returns once the heading is read; the rows go on being read on a virtual thread.
     *
     * @throws ImportRefusedException when the file cannot be imported at all: before its heading at once, after
     *                                it from {@link Tokenized#available} and {@link Tokenized#convertAll}
     */
    static Tokenized tokenize(InputStream in, String subject) {
        ExportText.Decoded decoded = ExportText.readDecoded(in, subject);
        String text = decoded.text();
        if (text.isBlank()) {
            throw ExportRefusals.empty(subject);
        }
        RowsRead rows = new RowsRead();
        Thread.startVirtualThread(() -> scan(text, subject, rows));
        return new Tokenized(rows.awaitHeader(), rows, decoded.charset());
    }

    private static void scan(String text, String subject, RowsRead rows) {
        Scan scan = new Scan(subject, rows);
        try {
            CsvRows.forEachOfEitherSeparator(text, subject, scan::accept);
            rows.finish(scan.refusalAtTheEnd());
        } catch (ImportRefusedException e) {
            // A broken quote in a file already seen to be something else: say what it is instead.
            if (e.reason() == ImportRefusedException.Reason.UNBALANCED_QUOTES && scan.header == null
                    && !scan.nothingButPreamble()) {
                rows.finish(scan.notAConnectionsExport());
            } else {
                rows.finish(e);
            }
        } catch (RuntimeException e) {
            rows.finish(e);
        } catch (Error e) {
            rows.finish(new IllegalStateException("Reading Connections.csv failed", e));
            throw e;
        }
    }

    /** One pass over the records: the lines before the heading, then the data rows. */
    private static final class Scan {

        private final String subject;
        private @Nullable ConnectionsHeader header;
        private final List<List<String>> rowsBeforeHeader = new ArrayList<>();
        private int contentRowsBeforeHeader;
        private boolean startsWithNotes;
        private boolean multiValueRowBeforeHeader;
        private int dataRows;
        private final RowsRead rows;

        Scan(String subject, RowsRead rows) {
            this.subject = subject;
            this.rows = rows;
        }

        void accept(CsvRows.Row row) {
            if (row.blank()) {
                return;
            }
            if (header == null) {
                beforeHeader(row);
                return;
            }
            dataRows++;
            // Past the cap only the count matters, for the refusal.
            if (dataRows <= MAX_ROWS) {
                rows.add(row);
            }
        }

        /** The heading is found by its names, not by position: the Notes preamble varies in length. */
        private void beforeHeader(CsvRows.Row row) {
            Optional<ConnectionsHeader> recognised = ConnectionsHeader.recognise(row.fields());
            if (recognised.isPresent()) {
                header = recognised.get();
                rows.header(header);
                return;
            }
            if (contentRowsBeforeHeader == 0) {
                startsWithNotes = row.fields().size() == 1
                        && row.fields().getFirst().strip().equalsIgnoreCase("Notes:");
            } else if (row.fields().size() > 1) {
                multiValueRowBeforeHeader = true;
            }
            contentRowsBeforeHeader++;
            if (rowsBeforeHeader.size() < ROWS_KEPT_FOR_RECOGNITION) {
                rowsBeforeHeader.add(row.fields());
            }
        }

        /** Nothing yet, or LinkedIn's "Notes:" line followed by its one-value note lines. */
        boolean nothingButPreamble() {
            return contentRowsBeforeHeader == 0 || startsWithNotes && !multiValueRowBeforeHeader;
        }

        ImportRefusedException notAConnectionsExport() {
            return rowsBeforeHeader.stream()
                    .map(OtherLinkedInFiles::recognise)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(kind -> ExportRefusals.otherLinkedInFile(subject, kind))
                    .orElseGet(this::unknownHeading);
        }

        /** A heading of several columns, but not LinkedIn's: probably translated or renamed, so show it. */
        private ImportRefusedException unknownHeading() {
            return rowsBeforeHeader.stream()
                    .filter(fields -> fields.size() > 1)
                    .findFirst()
                    .map(fields -> ExportRefusals.columnsNotRecognised(subject, ColumnNames.of(fields)))
                    .orElseGet(() -> ExportRefusals.notAConnectionsExport(subject));
        }

        /** Null for a file to import; else why not, now that every row is counted. */
        @Nullable ImportRefusedException refusalAtTheEnd() {
            if (header == null) {
                return nothingButPreamble() ? ExportRefusals.preambleOnly(subject) : notAConnectionsExport();
            }
            if (dataRows == 0) {
                return ExportRefusals.headerOnly(subject);
            }
            if (dataRows > MAX_ROWS) {
                return ExportRefusals.tooManyRows(subject, dataRows);
            }
            return null;
        }
    }
}
