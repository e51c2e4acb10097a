package org.doorstep.exercise;

import org.doorstep.base.Refusal;

/**
 * A file refused whole, nothing stored. The reason says why in one word a view may act on; the message key and its
 * arguments (a count, a limit, a line, a file's name) word it for the trainee.
 */
public class ImportRefusedException extends Refusal {

    /** Why; {@code counted} when the detail is a number (a line, a limit, a count) rather than a name. */
    public enum Reason {
        EMPTY(false), PREAMBLE_ONLY(false), NOT_A_CONNECTIONS_EXPORT(false), COLUMNS_NOT_RECOGNISED(false), NOT_TEXT(false),
        NOT_UTF8(false), UNBALANCED_QUOTES(true), TOO_LARGE(true), UNPACKS_TOO_LARGE(false), ZIP_UNPACKS_TOO_LARGE(true),
        TOO_MANY_ROWS(true), NO_CONNECTIONS_IN_ZIP(false), BROKEN_ZIP(false);

        private final boolean counted;

        Reason(boolean counted) {
            this.counted = counted;
        }
    }

    private static final String KEYS = "exercise.import.refused.";

    private final Reason reason;
    private final String detail;
    private final String subject;

    private ImportRefusedException(Reason reason, String subject, String messageKey, String detail, Object... arguments) {
        super(WHOLE_REQUEST, messageKey, arguments);
        this.reason = reason;
        this.subject = subject;
        this.detail = detail;
    }

    /**
     * The reason's own message, the detail (if any) filled in: a number ("30,001") when the reason counts, else a
     * name (a recognised file, the columns found) in the reason's ".named" wording. The subject ("The file",
     * "messages.csv in the zip") says in the log which file it was.
     */
    public static ImportRefusedException of(Reason reason, String subject, String detail) {
        String key = KEYS + reason.name();
        if (detail == null || detail.isEmpty()) {
            return new ImportRefusedException(reason, subject, key, "");
        }
        if (reason.counted) {
            return new ImportRefusedException(reason, subject, key, detail, Long.parseLong(detail));
        }
        return new ImportRefusedException(reason, subject, key + ".named", detail, detail);
    }

    /** A case of the reason with its own wording: the key ends in {@code variant} ("PREAMBLE_ONLY.headings-only"). */
    public static ImportRefusedException variant(Reason reason, String variant, String subject, String detail,
            Object... arguments) {
        return new ImportRefusedException(reason, subject, KEYS + reason.name() + "." + variant, detail, arguments);
    }

    /** For the log: which file, and the key and arguments of what the trainee is told. */
    @Override
    public String getMessage() {
        return subject + ": " + super.getMessage();
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The line number for UNBALANCED_QUOTES, the limit in MB for TOO_LARGE and ZIP_UNPACKS_TOO_LARGE, the entry of
     * the zip ("Connections.csv", "messages.csv") for UNPACKS_TOO_LARGE, the row count for TOO_MANY_ROWS, the
     * recognised file ("messages.csv", "Invitations.csv", "Profile.csv") for NOT_A_CONNECTIONS_EXPORT, the
     * file's column names ("Prénom, Nom, …") for COLUMNS_NOT_RECOGNISED, else empty.
     */
    public String detail() {
        return detail;
    }
}
