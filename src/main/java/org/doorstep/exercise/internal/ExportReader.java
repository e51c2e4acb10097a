package org.doorstep.exercise.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.doorstep.exercise.ImportRefusedException;
import org.jspecify.annotations.Nullable;

/** Takes what the member uploaded, LinkedIn's zip or the Connections.csv from it, and reads the connections. */
public final class ExportReader {

    static final int MAX_ZIP_ENTRIES = 1000;
    /**
     * Entries other than Connections.csv, messages.csv and Invitations.csv are inflated only to reach the next one; this caps that
     * work, so a small zip that unpacks to gigabytes is refused instead of keeping a thread busy.
     */
    static final long MAX_SKIPPED_BYTES = 100L * 1024 * 1024;

    private static final byte[] LOCAL_FILE_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    private ExportReader() {
    }

    /**
     * @param fileName the name the member's browser gave, only to spot a zip whose bytes say otherwise; may be null
     * @throws ImportRefusedException when there is nothing to import
     */
    public static ExportContents read(InputStream in, String fileName) {
        TokenizedExport export = tokenize(in, fileName);
        return new ExportContents(export.connections().convertAll(), export.messaged(), export.invitations());
    }

    /**
     * An export checked and split into rows, with whom the member has messaged and who invited whom; the rows are
     * converted later.
     */
    public record TokenizedExport(ConnectionsCsvParser.Tokenized connections, MessagedContacts messaged,
            Invitations invitations) {

        /** A lone Connections.csv: no other file of the export to read evidence from. */
        TokenizedExport(ConnectionsCsvParser.Tokenized connections) {
            this(connections, MessagedContacts.NONE, Invitations.NONE);
        }

        /** Whether the upload held messages.csv: only then do message counts replace those stored. */
        public boolean hasMessages() {
            return messaged != MessagedContacts.NONE;
        }

        /** Null for LinkedIn's UTF-8; else what a re-saved Connections.csv was read as ("windows-1252", "UTF-16LE"). */
        public @Nullable String resavedEncoding() {
            return connections.charset().equals(StandardCharsets.UTF_8) ? null : connections.charset().name();
        }

        /** CURRENT or LEGACY, as the heading showed. */
        public String format() {
            return connections.header().format().name();
        }
    }

    /** As {@link #read}, but leaves the rows to be converted by the caller, a chunk at a time. */
    public static TokenizedExport tokenize(InputStream in, String fileName) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        byte[] start = peek(buffered);
        if (Arrays.equals(start, LOCAL_FILE_HEADER) || Arrays.equals(start, EMPTY_ZIP)) {
            return readZip(buffered);
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw start.length == 0 ? ExportRefusals.empty(ExportRefusals.THE_FILE)
                    : ExportRefusals.brokenZip();
        }
        return new TokenizedExport(ConnectionsCsvParser.tokenize(buffered, ExportRefusals.THE_FILE));
    }

    /**
     * The files of an export given apart (the built-in sample network): Connections.csv with the messages.csv and
     * Invitations.csv that go with it.
     */
    public static TokenizedExport tokenize(InputStream connections, InputStream messages, InputStream invitations,
            String fileName) {
        return new TokenizedExport(ConnectionsCsvParser.tokenize(new BufferedInputStream(connections), fileName),
                MessagesCsvParser.parse(messages, fileName), InvitationsCsvParser.parse(invitations, fileName));
    }

    private static byte[] peek(BufferedInputStream in) {
        try {
            in.mark(LOCAL_FILE_HEADER.length);
            byte[] start = in.readNBytes(LOCAL_FILE_HEADER.length);
            in.reset();
            return start;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TokenizedExport readZip(InputStream in) {
        byte[] connections = null;
        byte[] messages = null;
        byte[] invitations = null;
        long skippedBytes = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw ExportRefusals.tooManyZipEntries(MAX_ZIP_ENTRIES);
                }
                String name = baseName(entry);
                if (connections == null && name.equalsIgnoreCase("Connections.csv")) {
                    connections = ExportText.readEntry(zip, "Connections.csv");
                } else if (messages == null && name.equalsIgnoreCase("messages.csv")) {
                    messages = ExportText.readEntry(zip, "messages.csv", ExportText.MAX_MESSAGES_MEGABYTES);
                } else if (invitations == null && name.equalsIgnoreCase("Invitations.csv")) {
                    // Extra evidence: one too large to be LinkedIn's is left out, the rest counting as skipped bytes.
                    invitations = zip.readNBytes(ExportText.MAX_BYTES + 1);
                    if (invitations.length > ExportText.MAX_BYTES) {
                        skippedBytes += invitations.length + drain(zip, MAX_SKIPPED_BYTES - skippedBytes - invitations.length);
                        invitations = new byte[0];
                    }
                } else {
                    skippedBytes += drain(zip, MAX_SKIPPED_BYTES - skippedBytes);
                }
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            // ZipException for a corrupt archive, EOFException for a truncated one, IllegalArgumentException
            // for an entry name that is not UTF-8.
            throw ExportRefusals.brokenZip();
        }
        if (connections == null) {
            throw ExportRefusals.noConnectionsInZip();
        }
        // messages.csv, the largest file, is read on the other core while Connections.csv is tokenized and the
        // invitations are read here; then its records are counted here as they come.
        MessagesReading messaged = messages == null ? null : MessagesReading.start(messages, inTheZip("messages.csv"));
        try {
            ConnectionsCsvParser.Tokenized file = ConnectionsCsvParser.tokenize(new ByteArrayInputStream(connections),
                    inTheZip("Connections.csv"));
            Invitations invited = invitations == null ? Invitations.NONE
                    : InvitationsCsvParser.parse(new ByteArrayInputStream(invitations), inTheZip("Invitations.csv"));
            return new TokenizedExport(file, messaged == null ? MessagedContacts.NONE : messaged.count(), invited);
        } finally {
            if (messaged != null) {
                messaged.abandon();
            }
        }
    }

    /**
     * "Basic_LinkedInDataExport_11-26-2026/Connections.csv" gives "Connections.csv". Entries are matched on the whole
     * name, not its ending: a Mac that re-zips the export adds "__MACOSX/…/._Connections.csv" (binary attributes),
     * and a name that merely ends in messages.csv may be some other LinkedIn file.
     */
    private static String baseName(ZipEntry entry) {
        if (entry.isDirectory()) {
            return "";
        }
        String path = entry.getName().replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String inTheZip(String entryName) {
        return entryName + " in the zip";
    }

    /** Reads an unwanted entry to its end, refusing the zip once the budget for such entries is spent. */
    private static long drain(InputStream entry, long budget) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
            total += read;
            if (total > budget) {
                throw ExportRefusals.zipTooLarge((int) (MAX_SKIPPED_BYTES / (1024 * 1024)));
            }
        }
        return total;
    }
}
