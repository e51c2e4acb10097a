package org.doorstep.exercise.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.doorstep.exercise.ImportRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded CSV as text, bounded in size: UTF-8 as LinkedIn writes it, or what Excel on Windows re-saves it
 * as when the bytes leave no doubt (UTF-16 with its byte-order mark; Windows-1252 when not UTF-8).
 */
final class ExportText {

    static final int MAX_MEGABYTES = 10;
    static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    /**
     * messages.csv holds every message of the member's years on LinkedIn: 50,000 messages come to about 15 MB, and
     * a 10 MB zip can unpack to several times that. Read only from within a zip, whose upload is itself bounded.
     */
    static final int MAX_MESSAGES_MEGABYTES = 64;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The decoded text and how it was read.
     *
     * @param charset UTF-8 for LinkedIn's own encoding; otherwise the one a re-saved file was read as
     */
    record Decoded(String text, Charset charset) {
    }

    private ExportText() {
    }

    /** Reads at most one byte past the limit, so an endless or huge upload costs no more than that. */
    static byte[] readBounded(InputStream in, String subject) {
        return readBounded(in, () -> ExportRefusals.tooLarge(subject, MAX_MEGABYTES));
    }

    /** As {@link #readBounded(InputStream, String)} for an entry of a zip: its refusal says it is what unpacks large. */
    static byte[] readEntry(InputStream zip, String entryName) {
        return readEntry(zip, entryName, MAX_MEGABYTES);
    }

    static byte[] readEntry(InputStream zip, String entryName, int maxMegabytes) {
        return readBounded(zip, maxMegabytes, () -> ExportRefusals.unpacksTooLarge(entryName, maxMegabytes));
    }

    private static byte[] readBounded(InputStream in, Supplier<ImportRefusedException> tooLarge) {
        return readBounded(in, MAX_MEGABYTES, tooLarge);
    }

    private static byte[] readBounded(InputStream in, int maxMegabytes, Supplier<ImportRefusedException> tooLarge) {
        int maxBytes = maxMegabytes * 1024 * 1024;
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge.get();
            }
            return bytes;
        } catch (IOException e) {
            // The upload itself failed (connection dropped): not the member's file's fault, so not a refusal.
            throw new UncheckedIOException(e);
        }
    }

    static String read(InputStream in, String subject) {
        return decode(readBounded(in, subject), subject).text();
    }

    /** As {@link #read(InputStream, String)} with a larger bound (messages.csv). */
    static String read(InputStream in, String subject, int maxMegabytes) {
        return decode(readBounded(in, maxMegabytes, () -> ExportRefusals.tooLarge(subject, maxMegabytes)),
                subject).text();
    }

    static Decoded readDecoded(InputStream in, String subject) {
        return decode(readBounded(in, subject), subject);
    }

    /**
     * Strict decoding, so that names never import with replacement characters in them. LinkedIn's UTF-8 is tried
     * first and costs nothing more; only a file that is not UTF-8 is tried as what Excel writes.
     */
    static Decoded decode(byte[] bytes, String subject) {
        Charset utf16 = utf16ByItsMark(bytes);
        if (utf16 != null) {
            String text = strictly(utf16, ByteBuffer.wrap(bytes, 2, bytes.length - 2));
            if (text == null || text.indexOf('\0') >= 0) {
                throw ExportRefusals.notText(subject);
            }
            return new Decoded(text, utf16);
        }
        String text = strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes));
        if (text == null) {
            return new Decoded(windows1252(bytes, subject), WINDOWS_1252);
        }
        // NUL is valid UTF-8 but never appears in text; UTF-16 and binary files are full of it.
        if (text.indexOf('\0') >= 0) {
            throw looksLikeUtf16WithoutMark(bytes) ? ExportRefusals.notUtf8(subject)
                    : ExportRefusals.notText(subject);
        }
        // Excel and Notepad add a byte-order mark when a member re-saves the file.
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, StandardCharsets.UTF_8);
    }

    /** Excel's "Unicode text" starts with FF FE (UTF-16LE); FE FF is its big-endian twin. */
    private static @Nullable Charset utf16ByItsMark(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Windows-1252 maps almost every byte, so only text without control characters counts: a picture or a
     * spreadsheet has them. Bytes Windows-1252 leaves undefined, in a file that is otherwise text, mean some other
     * encoding Doorstep cannot tell for sure: the member is asked for UTF-8.
     */
    private static String windows1252(byte[] bytes, String subject) {
        String text = strictly(WINDOWS_1252, ByteBuffer.wrap(bytes));
        if (text != null && noControlCharacters(text)) {
            return text;
        }
        throw controlBytes(bytes) ? ExportRefusals.notText(subject) : ExportRefusals.notUtf8(subject);
    }

    private static @Nullable String strictly(Charset charset, ByteBuffer bytes) {
        if (charset.equals(StandardCharsets.UTF_8) && bytes.hasArray()) {
            // The String constructor is several times faster than a decoder and replaces each malformed sequence
            // with U+FFFD: without one in the result, every byte was valid UTF-8.
            String text = new String(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(),
                    StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean noControlCharacters(String text) {
        return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F);
    }

    private static boolean controlBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n' || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Text saved as UTF-16 without its mark: in the first characters, every other byte is NUL. */
    private static boolean looksLikeUtf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 64);
        if (pairs < 4) {
            return false;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            evenNuls += bytes[2 * i] == 0 ? 1 : 0;
            oddNuls += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        return Math.max(evenNuls, oddNuls) >= pairs * 3 / 4 && Math.min(evenNuls, oddNuls) == 0;
    }
}
