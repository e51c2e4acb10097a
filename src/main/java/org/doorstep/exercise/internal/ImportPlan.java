package org.doorstep.exercise.internal;

import java.time.Instant;
import org.doorstep.exercise.ImportCounts;

/** One import, in the caller's transaction: stage, compare, and (with a time) merge and record it. */
public final class ImportPlan {

    private ImportPlan() {
    }

    /** With {@code at} null only compares (a preview); otherwise stores. */
    public static ImportCounts run(ExportContents export, String fileName, ConnectionImports imports, long userId,
            Instant at) {
        return run(export, fileName, imports, userId, at, export.connections().format().name());
    }

    public static ImportCounts run(ExportContents export, String fileName, ConnectionImports imports, long userId,
            Instant at, String format) {
        ImportStaging.Staged staged = ImportStaging.stage(export);
        imports.stage(staged.rows());
        ConnectionImports.Counts counts = imports.compare(userId);
        int messaged = imports.countMessaged();
        if (at != null) {
            imports.merge(userId, at);
            imports.record(userId, fileName, format, at, counts, staged.skipped().size());
        }
        return new ImportCounts(fileName, format, counts.added(), counts.updated(), counts.unchanged(), counts.gone(),
                staged.skipped(), messaged);
    }
}
