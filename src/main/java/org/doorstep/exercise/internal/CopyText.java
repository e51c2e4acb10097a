package org.doorstep.exercise.internal;

import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's COPY text format (tab between values, \N for null, backslash escapes): what an import streams
 * to COPY. Cheaper to write than CSV, since no value needs quoting and each character is looked at once.
 */
final class CopyText {

    private final StringBuilder text;
    private boolean rowStarted;

    CopyText(int capacity) {
        text = new StringBuilder(capacity);
    }

    /** The next value of the current row: a String, a number, a Boolean or a date (as ISO text), or null. */
    CopyText value(@Nullable Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String string) {
            escape(string);
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else {
            text.append(value); // numbers and LocalDate: no character to escape
        }
        return this;
    }

    CopyText endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    private void escape(String value) {
        // Most values hold nothing to escape: appended whole, not a character at a time (30,000 rows of 15 values).
        if (!needsEscaping(value)) {
            text.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
    }

    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
