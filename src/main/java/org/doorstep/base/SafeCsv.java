package org.doorstep.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for people to open in a spreadsheet, whatever separator their locale splits on (OWASP CSV injection).
 * Every cell is quoted, and wherever a spreadsheet could start a cell (the start, and after a {@code ;},
 * {@code ,}, tab or line break, with any spaces between) a formula character ({@code = + - @}, tab, carriage
 * return) gets an apostrophe before it, so {@code x;=HYPERLINK(…)} cannot become a formula in a {@code ;} locale.
 */
public final class SafeCsv {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final String SEPARATORS = ";,\t\r\n";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private SafeCsv() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder safe = new StringBuilder(text.length() + 1);
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && FORMULA_START.indexOf(c) >= 0) {
                safe.append('\'');
            }
            safe.append(c);
            cellStart = SEPARATORS.indexOf(c) >= 0 || (cellStart && c == ' ');
        }
        return safe.toString();
    }

    /** A header line and rows, every cell neutralised and quoted, with CRLF line ends as RFC 4180 has them. */
    public static String write(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(SafeCsv::cell).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SafeCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
