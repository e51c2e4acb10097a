package org.doorstep.exercise;

import org.jspecify.annotations.Nullable;

/** A file refused whole, nothing stored; the reason names the message the trainee sees. */
public class ImportRefusedException extends RuntimeException {

    private final String reason;
    private final String detail;

    public ImportRefusedException(String reason, String detail, @Nullable String message) {
        super(message);
        this.reason = reason;
        this.detail = detail;
    }

    /** One of EMPTY, PREAMBLE_ONLY, NOT_A_CONNECTIONS_EXPORT, COLUMNS_NOT_RECOGNISED, NOT_TEXT, NOT_UTF8, UNBALANCED_QUOTES, TOO_LARGE, UNPACKS_TOO_LARGE, ZIP_UNPACKS_TOO_LARGE, TOO_MANY_ROWS, NO_CONNECTIONS_IN_ZIP, BROKEN_ZIP. */
    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
