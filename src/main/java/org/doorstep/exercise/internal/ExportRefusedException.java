package org.doorstep.exercise.internal;

import java.util.Locale;

/**
 * An upload that cannot be imported at all. {@link #getMessage()} is an English sentence for logs and a
 * fallback; a view translates {@link #reason()} and fills in {@link #detail()}.
 */
public class ExportRefusedException extends RuntimeException {

    public enum Reason {
        EMPTY, PREAMBLE_ONLY, NOT_A_CONNECTIONS_EXPORT, COLUMNS_NOT_RECOGNISED, NOT_TEXT, NOT_UTF8, UNBALANCED_QUOTES, TOO_LARGE, UNPACKS_TOO_LARGE,
        ZIP_UNPACKS_TOO_LARGE, TOO_MANY_ROWS, NO_CONNECTIONS_IN_ZIP, BROKEN_ZIP
    }

    // How the sentences name the file: "The file" for a lone upload, "Connections.csv in the zip" for an entry.
    static final String THE_FILE = "The file";

    private static final String FETCH_AGAIN = "Download your data again from LinkedIn (Settings & Privacy,"
            + " Data privacy, Get a copy of your data) and upload the zip or the Connections.csv in it.";

    private final Reason reason;
    private final String detail;

    public ExportRefusedException(Reason reason, String detail, String message) {
        super(message);
        this.reason = reason;
        this.detail = detail == null ? "" : detail;
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

    static ExportRefusedException empty(String subject) {
        return new ExportRefusedException(Reason.EMPTY, "", subject + " is empty. " + FETCH_AGAIN);
    }

    static ExportRefusedException preambleOnly(String subject) {
        return new ExportRefusedException(Reason.PREAMBLE_ONLY, "", subject
                + " holds only LinkedIn's notes and no connections. " + FETCH_AGAIN);
    }

    static ExportRefusedException headerOnly(String subject) {
        return new ExportRefusedException(Reason.PREAMBLE_ONLY, "", subject
                + " has the column headings but contains no connections, so there is nothing to import."
                + " If you do have connections on LinkedIn, request a fresh copy of your data and upload that.");
    }

    static ExportRefusedException otherLinkedInFile(String subject, String kind) {
        return new ExportRefusedException(Reason.NOT_A_CONNECTIONS_EXPORT, kind, subject + " is LinkedIn's " + kind
                + ", not Connections.csv. Upload Connections.csv from the same export, or the whole zip.");
    }

    static ExportRefusedException notAConnectionsExport(String subject) {
        return new ExportRefusedException(Reason.NOT_A_CONNECTIONS_EXPORT, "", subject
                + " is not a LinkedIn connections export: it has no heading line with First Name, Last Name"
                + " and Connected On. Upload the Connections.csv from your LinkedIn export, or the whole zip.");
    }

    /** A heading, but not LinkedIn's English one (translated or renamed): names what was expected and found. */
    static ExportRefusedException columnsNotRecognised(String subject, String found) {
        return new ExportRefusedException(Reason.COLUMNS_NOT_RECOGNISED, found, subject + " has the columns " + found
                + ", not those of LinkedIn's Connections.csv (" + ConnectionsHeader.EXPECTED + ")."
                + " Upload Connections.csv as LinkedIn sent it, or the whole zip, or rename the columns back.");
    }

    /** Text, but in an encoding that cannot be told for sure (not UTF-8, UTF-16 with its mark or Windows-1252). */
    static ExportRefusedException notUtf8(String subject) {
        return new ExportRefusedException(Reason.NOT_UTF8, "", subject
                + " is text in an encoding Doorstep cannot tell for sure. Save it as UTF-8 (in Excel: CSV UTF-8),"
                + " or upload Connections.csv exactly as LinkedIn sent it, or the whole zip.");
    }

    static ExportRefusedException notText(String subject) {
        return new ExportRefusedException(Reason.NOT_TEXT, "", subject
                + " is not UTF-8 text: it may be a picture or a spreadsheet, or a CSV re-saved in another encoding."
                + " Upload Connections.csv exactly as LinkedIn sent it, or the whole zip.");
    }

    static ExportRefusedException unbalancedQuotes(String subject, int line) {
        return new ExportRefusedException(Reason.UNBALANCED_QUOTES, String.valueOf(line), subject
                + " has a quoted value that opens on line " + line + " and never closes."
                + " Upload the file exactly as LinkedIn sent it; if you edited it, check the quotes on that line.");
    }

    static ExportRefusedException tooLarge(String subject, int limitInMegabytes) {
        return new ExportRefusedException(Reason.TOO_LARGE, String.valueOf(limitInMegabytes), subject
                + " is larger than " + limitInMegabytes + " MB, too large to import. Upload the Connections.csv"
                + " from your LinkedIn export on its own: even 30,000 connections take only a few MB.");
    }

    /** A small zip whose entry inflates past the limit (a zip bomb, or not LinkedIn's zip): names the entry, not the file. */
    static ExportRefusedException unpacksTooLarge(String entryName, int limitInMegabytes) {
        return new ExportRefusedException(Reason.UNPACKS_TOO_LARGE, entryName, entryName + " inside the zip unpacks to"
                + " more than " + limitInMegabytes + " MB, far more than any LinkedIn export. Upload the zip exactly as"
                + " LinkedIn sent it, or the Connections.csv from it on its own.");
    }

    static ExportRefusedException zipTooLarge(int limitInMegabytes) {
        return new ExportRefusedException(Reason.ZIP_UNPACKS_TOO_LARGE, String.valueOf(limitInMegabytes), "The zip unpacks to"
                + " more than " + limitInMegabytes + " MB besides Connections.csv and messages.csv, which no LinkedIn"
                + " export does. Upload the Connections.csv from your LinkedIn export on its own.");
    }

    static ExportRefusedException tooManyRows(String subject, int rows, int cap) {
        return new ExportRefusedException(Reason.TOO_MANY_ROWS, String.valueOf(rows), subject + " lists "
                + String.format(Locale.ENGLISH, "%,d", rows) + " rows, but LinkedIn allows a member at most "
                + String.format(Locale.ENGLISH, "%,d", cap) + " connections, so it is not a LinkedIn export."
                + " Upload Connections.csv as LinkedIn sent it.");
    }

    static ExportRefusedException noConnectionsInZip() {
        return new ExportRefusedException(Reason.NO_CONNECTIONS_IN_ZIP, "", "The zip holds no Connections.csv."
                + " When you request your data from LinkedIn, include Connections, then upload the zip LinkedIn"
                + " emails you.");
    }

    static ExportRefusedException brokenZip() {
        return new ExportRefusedException(Reason.BROKEN_ZIP, "", "The zip is damaged or incomplete."
                + " Download it again from the link LinkedIn emailed you (it works for 72 hours) and upload it"
                + " unchanged, or upload the Connections.csv inside it.");
    }

    static ExportRefusedException tooManyZipEntries(int limit) {
        return new ExportRefusedException(Reason.BROKEN_ZIP, "", "The zip holds more than "
                + String.format(Locale.ENGLISH, "%,d", limit) + " files, which no LinkedIn export does."
                + " Upload the zip LinkedIn emailed you, or the Connections.csv inside it.");
    }
}
