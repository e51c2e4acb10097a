package org.doorstep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvTest {

    @ParameterizedTest(name = "a cell starting with {0} is neutralised")
    @ValueSource(strings = {"=1+1", "+44 20", "-2", "@SUM(A1)", "\tcmd", "\rcmd"})
    void a_cell_that_a_spreadsheet_would_run_gets_an_apostrophe(String value) {
        assertThat(SafeCsv.cell(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x;=HYPERLINK(\"http://evil\") | x;'=HYPERLINK(\"http://evil\")",
        "x,+cmd                        | x,'+cmd",
        "x; @SUM(A1)                   | x; '@SUM(A1)",
        "a;b;-2                        | a;b;'-2",
        "=a;=b                         | '=a;'=b"})
    void a_formula_after_a_separator_another_locale_splits_on_gets_an_apostrophe_too(String value, String safe) {
        assertThat(SafeCsv.cell(value)).isEqualTo(safe);
        assertThat(SafeCsv.cell("x\t=cmd")).isEqualTo("x\t'=cmd");
        assertThat(SafeCsv.cell("x\n=cmd")).isEqualTo("x\n'=cmd");
    }

    @Test
    void ordinary_text_and_empty_cells_are_left_alone() {
        assertThat(SafeCsv.cell("Ann O'Neil")).isEqualTo("Ann O'Neil");
        assertThat(SafeCsv.cell("Smith; Jones, 3-4 = 7")).isEqualTo("Smith; Jones, 3-4 = 7");
        assertThat(SafeCsv.cell(null)).isEmpty();
        assertThat(SafeCsv.cell(42)).isEqualTo("42");
    }

    @Test
    void a_written_file_quotes_every_cell_and_neutralises_every_cell() {
        assertThat(SafeCsv.write(List.of("Name", "Company"), List.of(List.of("=cmd", "Acme, Inc."))))
                .isEqualTo("\"Name\",\"Company\"\r\n\"'=cmd\",\"Acme, Inc.\"\r\n");
    }

    @Test
    void a_semicolon_company_stays_one_quoted_cell_whose_every_part_is_text() throws Exception {
        String csv = SafeCsv.write(List.of("Name", "Company"), List.of(List.of("Eve", "x;=HYPERLINK(\"http://evil\")")));
        assertThat(csv).contains("\"x;'=HYPERLINK(\"\"http://evil\"\")\"");
        // read as a ';' locale would split the record: no piece starts a formula
        for (String line : csv.split("\r\n")) {
            for (String piece : line.split("[;,]")) {
                assertThat(piece.replace("\"", "")).doesNotMatch("^\\s*[=+\\-@].*");
            }
        }
        assertThat(CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().get(1).get(1))
                .isEqualTo("x;'=HYPERLINK(\"http://evil\")");
    }
}
