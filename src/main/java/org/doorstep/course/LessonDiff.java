package org.doorstep.course;

import java.util.List;

/**
 * A line diff of a lesson's text against a published version, as side-by-side rows: unchanged stretches
 * away from any change are folded into one SKIPPED row. Line numbers count from 1; 0 where a side has no line.
 */
public record LessonDiff(int baseVersion, List<Row> rows) {

    public enum Kind { SAME, CHANGED, ADDED, REMOVED, SKIPPED }

    /** One row; for SKIPPED, {@code oldNumber} is how many unchanged lines were folded. */
    public record Row(Kind kind, int oldNumber, String oldText, int newNumber, String newText) {
    }

    public boolean noChanges() {
        return rows.stream().allMatch(row -> row.kind() == Kind.SAME || row.kind() == Kind.SKIPPED);
    }
}
