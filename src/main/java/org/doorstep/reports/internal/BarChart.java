package org.doorstep.reports.internal;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A bar chart of how many people fall in each category, drawn with the PDF's own vector primitives:
 * a title, one labelled bar per category with its count above it, and a base line.
 */
final class BarChart {

    record Bar(String label, int people) {
    }

    static final float WIDTH = 360;
    static final float HEIGHT = 170;
    private static final Color BAR = new Color(0x1A, 0x73, 0xB8);
    private static final float TOP = 36; // the title, and room for the tallest bar's count
    private static final float BOTTOM = 30;

    private BarChart() {
    }

    /** The chart as an image that flows with the document's text. */
    static Image draw(PdfWriter writer, String title, List<Bar> bars) throws BadElementException {
        PdfTemplate canvas = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
        text(canvas, title, PdfFonts.BOLD, 10, 0, HEIGHT - 12, Element.ALIGN_LEFT);
        int max = Math.max(1, bars.stream().mapToInt(Bar::people).max().orElse(0));
        float slot = WIDTH / bars.size();
        float plotHeight = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float x = i * slot + slot * 0.15f;
            float height = plotHeight * bar.people() / max;
            canvas.saveState();
            canvas.setColorFill(BAR);
            canvas.rectangle(x, BOTTOM, slot * 0.7f, height);
            canvas.fill();
            canvas.restoreState();
            float centre = i * slot + slot / 2;
            text(canvas, String.valueOf(bar.people()), PdfFonts.REGULAR, 8, centre, BOTTOM + height + 3, Element.ALIGN_CENTER);
            text(canvas, bar.label(), PdfFonts.REGULAR, 8, centre, BOTTOM - 12, Element.ALIGN_CENTER);
        }
        canvas.saveState();
        canvas.setGrayStroke(0.4f);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(0, BOTTOM);
        canvas.lineTo(WIDTH, BOTTOM);
        canvas.stroke();
        canvas.restoreState();
        return Image.getInstance(canvas);
    }

    private static void text(PdfContentByte canvas, String text, org.openpdf.text.pdf.BaseFont font, float size, float x,
            float y, int alignment) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }
}
