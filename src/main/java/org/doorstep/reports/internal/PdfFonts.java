package org.doorstep.reports.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans, embedded (and subset) in every report: the PDF's own Helvetica has Latin-1 only,
 * and names come in many scripts. A character the font lacks (e.g. Chinese) prints as "?" rather than
 * vanishing from the name.
 */
final class PdfFonts {

    static final BaseFont REGULAR = load(Liberation.SANS);
    static final BaseFont BOLD = load(Liberation.SANS_BOLD);
    static final Color MUTED = new Color(0x55, 0x5F, 0x6D);

    private PdfFonts() {
    }

    static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(BOLD, size);
    }

    static Font muted(float size) {
        return new Font(REGULAR, size, Font.NORMAL, MUTED);
    }

    /** The text with each character the font cannot draw replaced by "?". */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isWhitespace(c) || REGULAR.charExists(c) ? c : '?'));
        return out.toString();
    }

    private static BaseFont load(Liberation font) {
        try {
            return font.create().getBaseFont();
        } catch (IOException e) {
            throw new UncheckedIOException("Liberation Sans is missing from the class path", e);
        }
    }
}
