package org.doorstep.exercise.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A file's column names as a refusal quotes them: short enough for a sentence, whatever the file holds. */
final class ColumnNames {

    private static final int MAX_COLUMNS = 12;
    private static final int MAX_LENGTH = 40;

    private ColumnNames() {
    }

    static String of(List<String> fields) {
        String shown = fields.stream().limit(MAX_COLUMNS).map(ColumnNames::shorten)
                .collect(Collectors.joining(", "));
        return fields.size() > MAX_COLUMNS ? shown + ", …" : shown;
    }

    private static String shorten(String field) {
        String name = field.strip();
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) + "…" : name;
    }
}
