package org.doorstep.reports.internal;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** "Doorstep team report · page n" at the foot of every page, so printed pages stay in order. */
final class PageFooter extends PdfPageEventHelper {

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.REGULAR, 8);
        canvas.setColorFill(PdfFonts.MUTED);
        canvas.showTextAligned(Element.ALIGN_RIGHT, "Doorstep team report · page " + writer.getPageNumber(),
                document.right(), document.bottom() - 20, 0);
        canvas.endText();
    }
}
