package org.doorstep.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for people to open in a spreadsheet: a cell that starts with =, +, -, @, a tab or a carriage
 * return is prefixed with an apostrophe, so no spreadsheet runs it as a formula (OWASP CSV injection).
 */
public final class SafeCsv {

    private SafeCsv() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** A header line and rows, every cell neutralised, with CRLF line ends as RFC 4180 has them. */
    public static String write(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
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
