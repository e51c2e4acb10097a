package org.doorstep.exercise.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Reads an uploaded CSV as text: bounded in size, strictly UTF-8, without a byte-order mark. */
final class ExportText {

    static final int MAX_MEGABYTES = 10;
    static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private ExportText() {
    }

    /** Reads at most one byte past the limit, so an endless or huge upload costs no more than that. */
    static byte[] readBounded(InputStream in, String subject) {
        return readBounded(in, () -> ExportRefusedException.tooLarge(subject, MAX_MEGABYTES));
    }

    /** As {@link #readBounded(InputStream, String)} for an entry of a zip: its refusal says it is what unpacks large. */
    static byte[] readEntry(InputStream zip, String entryName) {
        return readBounded(zip, () -> ExportRefusedException.unpacksTooLarge(entryName, MAX_MEGABYTES));
    }

    private static byte[] readBounded(InputStream in, Supplier<ExportRefusedException> tooLarge) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge.get();
            }
            return bytes;
        } catch (IOException e) {
            // The upload itself failed (connection dropped): not the member's file's fault, so not a refusal.
            throw new UncheckedIOException(e);
        }
    }

    static String read(InputStream in, String subject) {
        return decode(readBounded(in, subject), subject);
    }

    /**
     * Strict decoding: a picture, a spreadsheet or a file re-saved as Windows-1252 fails here instead of
     * importing names with replacement characters in them.
     */
    static String decode(byte[] bytes, String subject) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ExportRefusedException.notText(subject);
        }
        // NUL is valid UTF-8 but never appears in text; UTF-16 and binary files are full of it.
        if (text.indexOf('\0') >= 0) {
            throw ExportRefusedException.notText(subject);
        }
        // Excel and Notepad add a byte-order mark when a member re-saves the file.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
