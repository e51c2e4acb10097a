package org.doorstep.reports.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorstep.base.DateRange;
import org.doorstep.base.Formats;
import org.doorstep.reports.PersonProgress;
import org.doorstep.reports.TeamFigures;
import org.doorstep.reports.TeamReport;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A manager's report as a PDF (OpenPDF): what it covers and when it was made, the team's figures with
 * their counts, two bar charts, and one table row per person. Counts only: no connection is named.
 * Dates and times read as on the manager's screen (their locale and time zone).
 */
public final class ReportPdf {

    private static final String[] COLUMNS = {"Person", "Team", "In a cohort", "Lessons completed", "Completed the course",
        "Last course activity", "Connections reviewed", "Removed on LinkedIn", "Baseline recorded", "Profile-view ratio",
        "Overdue follow-ups", "Last results entry"};
    private static final float[] WIDTHS = {16, 11, 6, 7, 7, 9, 8, 7, 7, 7, 7, 9};

    private ReportPdf() {
    }

    public static byte[] write(TeamReport report, Formats formats) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFooter());
            document.addTitle("Team progress report");
            document.addCreator("Doorstep");
            document.open();
            document.add(new Paragraph("Team progress report", PdfFonts.bold(18)));
            summary(document, report, formats);
            charts(document, writer, report);
            document.add(people(report, formats));
        } catch (DocumentException e) {
            throw new IllegalStateException("Writing the report's PDF failed", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void summary(Document document, TeamReport report, Formats formats) {
        TeamFigures figures = report.figures();
        int people = figures.people();
        line(document, "Team: " + figures.teamLabel() + "  ·  Cohort: " + figures.cohortLabel() + "  ·  Dates: "
                + dates(figures.filter().dates(), formats), PdfFonts.regular(11));
        line(document, "Generated " + formats.scheduled(figures.generatedAt(), formats.zone()) + " for " + people + (people == 1 ? " person." : " people."),
                PdfFonts.muted(9));
        document.add(new Paragraph("Figures", PdfFonts.bold(12)));
        for (String figure : figures(figures)) {
            line(document, "•  " + figure, PdfFonts.regular(10));
        }
        line(document, "Lessons, course activity and results entries count within the dates; a baseline counts when taken "
                + "by their end, and follow-ups are judged as of their end. Exercise counts are as they stand now. "
                + "No connection of anyone is named.", PdfFonts.muted(8));
    }

    /** The team's figures, each with the count it rests on (the same as on screen). */
    static List<String> figures(TeamFigures r) {
        int people = r.people();
        List<String> figures = new ArrayList<>();
        figures.add("In a cohort: " + r.enrolled() + " of " + people);
        figures.add("Completed the course: " + r.completedCourse() + " of " + people);
        figures.add("Worked on the course or recorded results: " + r.active() + " of " + people);
        figures.add("Lessons completed, in total: " + r.lessonsCompleted());
        figures.add("Baseline recorded: " + r.withBaseline() + " of " + people);
        figures.add("Median profile-view ratio: " + r.medianRatio().map(v -> String.format(Locale.ENGLISH, "× %.2f", v))
                .orElse("n/a") + " (over " + r.withRatio() + " with a baseline and a follow-up)");
        figures.add("With an overdue follow-up: " + r.withOverdue() + " of " + people);
        figures.add("Connections removed on LinkedIn, in total: " + r.removedTotal());
        return figures;
    }

    static String dates(DateRange range, Formats formats) {
        if (range.from() == null && range.to() == null) {
            return "all time";
        }
        if (range.to() == null) {
            return "from " + formats.day(range.from());
        }
        if (range.from() == null) {
            return "until " + formats.day(range.to());
        }
        return formats.day(range.from()) + " – " + formats.day(range.to());
    }

    private static void charts(Document document, PdfWriter writer, TeamReport report) throws DocumentException {
        PdfPTable row = new PdfPTable(2);
        row.setWidthPercentage(100);
        row.setSpacingBefore(10);
        row.setSpacingAfter(10);
        row.addCell(chartCell(BarChart.draw(writer, "People by lessons completed", ReportCharts.byLessons(report))));
        row.addCell(chartCell(BarChart.draw(writer, "People by share of connections reviewed", ReportCharts.byReviewed(report))));
        document.add(row);
    }

    private static PdfPCell chartCell(org.openpdf.text.Image chart) {
        PdfPCell cell = new PdfPCell(chart, false);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPTable people(TeamReport report, Formats formats) {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : COLUMNS) {
            PdfPCell cell = new PdfPCell(new Phrase(column, PdfFonts.bold(8)));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (PersonProgress p : report.people()) {
            for (String value : PersonRow.cells(p, formats)) {
                table.addCell(new PdfPCell(new Phrase(PdfFonts.printable(value), PdfFonts.regular(8))));
            }
        }
        if (report.people().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("Nobody matches these filters.", PdfFonts.regular(8)));
            none.setColspan(COLUMNS.length);
            table.addCell(none);
        }
        return table;
    }

    private static void line(Document document, String text, org.openpdf.text.Font font) {
        Paragraph paragraph = new Paragraph(PdfFonts.printable(text), font);
        paragraph.setSpacingAfter(3);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        document.add(paragraph);
    }
}
