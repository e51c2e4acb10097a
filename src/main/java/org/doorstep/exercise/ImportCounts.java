package org.doorstep.exercise;

import java.util.List;

/**
 * What an import does, shown before it is confirmed and stored after: connections new, updated,
 * unchanged, gone since the last import, and rows skipped with their line and reason.
 */
public record ImportCounts(String fileName, String format, int added, int updated, int unchanged, int gone,
        List<SkippedLine> skipped, int messagedMatched) {

    public record SkippedLine(int line, String reason) {
    }

    public ImportCounts {
        skipped = List.copyOf(skipped);
    }

    public int total() {
        return added + updated + unchanged;
    }
}
