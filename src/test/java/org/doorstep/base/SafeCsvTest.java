package org.doorstep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvTest {

    @ParameterizedTest(name = "a cell starting with {0} is neutralised")
    @ValueSource(strings = {"=1+1", "+44 20", "-2", "@SUM(A1)", "\tcmd", "\rcmd"})
    void a_cell_that_a_spreadsheet_would_run_gets_an_apostrophe(String value) {
        assertThat(SafeCsv.cell(value)).isEqualTo("'" + value);
    }

    @Test
    void ordinary_text_and_empty_cells_are_left_alone() {
        assertThat(SafeCsv.cell("Ann O'Neil")).isEqualTo("Ann O'Neil");
        assertThat(SafeCsv.cell(null)).isEmpty();
        assertThat(SafeCsv.cell(42)).isEqualTo("42");
    }

    @Test
    void a_written_file_quotes_commas_and_neutralises_every_cell() {
        assertThat(SafeCsv.write(List.of("Name", "Company"), List.of(List.of("=cmd", "Acme, Inc."))))
                .isEqualTo("Name,Company\r\n'=cmd,\"Acme, Inc.\"\r\n");
    }
}
