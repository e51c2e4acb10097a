package org.doorstep.exercise.internal;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.doorstep.exercise.ImportCounts;
import org.jspecify.annotations.Nullable;

/** One import, in the caller's transaction: stage, compare, and (with a time) merge and record it. */
public final class ImportPlan {

    private ImportPlan() {
    }

    /** With {@code at} null only compares (a preview); otherwise stores, without e-mail addresses. */
    public static ImportCounts run(ExportReader.TokenizedExport export, String fileName, ConnectionImports imports,
            long userId, @Nullable Instant at, String format) {
        return run(export, fileName, imports, userId, at, format, false);
    }

    /**
     * keepEmails: store the connections' e-mail addresses (the trainee opted in); without it none is stored and a
     * re-import erases those kept before. Addresses never count as a change in the preview.
     */
    public static ImportCounts run(ExportReader.TokenizedExport export, String fileName, ConnectionImports imports,
            long userId, @Nullable Instant at, String format, boolean keepEmails) {
        if (at != null && !imports.hasConnections(userId)) {
            return firstImport(export, fileName, imports, userId, at, format, keepEmails);
        }
        ExportContents contents = new ExportContents(export.connections().convertAll(), export.messaged(),
                export.invitations());
        ImportStaging.Staged staged = ImportStaging.stage(contents, keepEmails);
        int messaged = (int) staged.rows().stream().filter(StagedRow::messaged).count();
        ConnectionImports.Counts counts;
        if (!imports.hasConnections(userId)) {
            counts = new ConnectionImports.Counts(staged.rows().size(), 0, 0, 0);
        } else {
            imports.stage(staged.rows());
            counts = imports.compare(userId);
            if (at != null) {
                imports.merge(userId, at, export.hasMessages());
                imports.markBurstWeeks(userId);
                imports.record(userId, fileName, format, at, counts, staged.skipped().size());
            }
        }
        return new ImportCounts(fileName, format, counts.added(), counts.updated(), counts.unchanged(), counts.gone(),
                staged.skipped(), messaged);
    }

    /**
     * Nothing to compare with: every person is new. Rows are converted and staged a chunk at a time while
     * PostgreSQL stores the previous chunk, and the first chunks while the file's later rows are still being read,
     * so parsing costs almost nothing on top of the COPY.
     */
    private static ImportCounts firstImport(ExportReader.TokenizedExport export, String fileName,
            ConnectionImports imports, long userId, Instant at, String format, boolean keepEmails) {
        ImportStaging staging = new ImportStaging(export.messaged(), export.invitations(), keepEmails);
        int[] messaged = {0};
        var rows = export.connections();
        imports.copyFirstImport(userId, new Iterator<>() {
            private int from;

            @Override
            public boolean hasNext() {
                return rows.available(from + 1) > from; // at the end, a refusal of the file's rest is thrown here
            }

            @Override
            public List<StagedRow> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int to = rows.available(from + ConnectionImports.CHUNK);
                List<StagedRow> chunk = staging.add(rows.convert(from, to));
                messaged[0] += (int) chunk.stream().filter(StagedRow::messaged).count();
                from = to;
                return chunk;
            }
        });
        ConnectionImports.Counts counts = new ConnectionImports.Counts(staging.stagedCount(), 0, 0, 0);
        imports.markFirstBurstWeeks(userId, staging.weeks());
        imports.record(userId, fileName, format, at, counts, staging.skipped().size());
        return new ImportCounts(fileName, format, counts.added(), 0, 0, 0, staging.skipped(), messaged[0]);
    }
}
