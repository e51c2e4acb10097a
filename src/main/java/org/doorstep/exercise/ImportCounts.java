package org.doorstep.exercise;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import does, shown before it is confirmed and stored after: connections new, updated,
 * unchanged, gone since the last import, and rows skipped with their line and reason.
 */
public record ImportCounts(String fileName, String format, int added, int updated, int unchanged, int gone,
        List<SkippedLine> skipped, int messagedMatched, @Nullable String resavedEncoding) {

    public record SkippedLine(int line, String reason) {
    }

    public ImportCounts {
        skipped = List.copyOf(skipped);
    }

    /** Read from LinkedIn's own UTF-8. */
    public ImportCounts(String fileName, String format, int added, int updated, int unchanged, int gone,
            List<SkippedLine> skipped, int messagedMatched) {
        this(fileName, format, added, updated, unchanged, gone, skipped, messagedMatched, null);
    }

    /** @param encoding what a re-saved file was read as ("windows-1252"), null for LinkedIn's UTF-8 */
    public ImportCounts readAs(@Nullable String encoding) {
        return new ImportCounts(fileName, format, added, updated, unchanged, gone, skipped, messagedMatched, encoding);
    }

    public int total() {
        return added + updated + unchanged;
    }
}
