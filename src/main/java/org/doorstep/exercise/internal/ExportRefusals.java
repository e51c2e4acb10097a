package org.doorstep.exercise.internal;

import org.doorstep.exercise.ImportRefusedException;
import org.doorstep.exercise.ImportRefusedException.Reason;

/** The refusals of an upload that cannot be imported at all; their wording is in the bundle under exercise.import.refused. */
final class ExportRefusals {

    // How the log names the file: "The file" for a lone upload, "Connections.csv in the zip" for an entry.
    static final String THE_FILE = "The file";
    private static final String THE_ZIP = "The zip";

    private ExportRefusals() {
    }

    static ImportRefusedException empty(String subject) {
        return ImportRefusedException.of(Reason.EMPTY, subject, "");
    }

    static ImportRefusedException preambleOnly(String subject) {
        return ImportRefusedException.of(Reason.PREAMBLE_ONLY, subject, "");
    }

    static ImportRefusedException headerOnly(String subject) {
        return ImportRefusedException.variant(Reason.PREAMBLE_ONLY, "headings-only", subject, "");
    }

    static ImportRefusedException otherLinkedInFile(String subject, String kind) {
        return ImportRefusedException.of(Reason.NOT_A_CONNECTIONS_EXPORT, subject, kind);
    }

    static ImportRefusedException notAConnectionsExport(String subject) {
        return ImportRefusedException.of(Reason.NOT_A_CONNECTIONS_EXPORT, subject, "");
    }

    /** A heading, but not LinkedIn's English one (translated or renamed): names the columns found. */
    static ImportRefusedException columnsNotRecognised(String subject, String found) {
        return ImportRefusedException.of(Reason.COLUMNS_NOT_RECOGNISED, subject, found);
    }

    /** Text, but in an encoding that cannot be told for sure (not UTF-8, UTF-16 with its mark or Windows-1252). */
    static ImportRefusedException notUtf8(String subject) {
        return ImportRefusedException.of(Reason.NOT_UTF8, subject, "");
    }

    static ImportRefusedException notText(String subject) {
        return ImportRefusedException.of(Reason.NOT_TEXT, subject, "");
    }

    static ImportRefusedException unbalancedQuotes(String subject, int line) {
        return ImportRefusedException.of(Reason.UNBALANCED_QUOTES, subject, String.valueOf(line));
    }

    static ImportRefusedException tooLarge(String subject, int limitInMegabytes) {
        return ImportRefusedException.of(Reason.TOO_LARGE, subject, String.valueOf(limitInMegabytes));
    }

    /** A small zip whose entry inflates past the limit (a zip bomb, or not LinkedIn's zip): names the entry, not the file. */
    static ImportRefusedException unpacksTooLarge(String entryName, int limitInMegabytes) {
        return ImportRefusedException.variant(Reason.UNPACKS_TOO_LARGE, "named", entryName + " inside the zip", entryName,
                entryName, limitInMegabytes);
    }

    static ImportRefusedException zipTooLarge(int limitInMegabytes) {
        return ImportRefusedException.of(Reason.ZIP_UNPACKS_TOO_LARGE, THE_ZIP, String.valueOf(limitInMegabytes));
    }

    static ImportRefusedException tooManyRows(String subject, int rows) {
        return ImportRefusedException.of(Reason.TOO_MANY_ROWS, subject, String.valueOf(rows));
    }

    static ImportRefusedException noConnectionsInZip() {
        return ImportRefusedException.of(Reason.NO_CONNECTIONS_IN_ZIP, THE_ZIP, "");
    }

    static ImportRefusedException brokenZip() {
        return ImportRefusedException.of(Reason.BROKEN_ZIP, THE_ZIP, "");
    }

    static ImportRefusedException tooManyZipEntries(int limit) {
        return ImportRefusedException.variant(Reason.BROKEN_ZIP, "too-many-files", THE_ZIP, "", limit);
    }
}
