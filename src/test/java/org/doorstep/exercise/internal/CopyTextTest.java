package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void values_are_tab_separated_with_backslash_escapes_and_null_apart_from_empty_text() {
        String text = new CopyText(64).value(7L).value("Hi,\t\"you\"\nC:\\x\r").value(null).value("")
                .value(LocalDate.of(2019, 3, 11)).value(true).value(false).value(72).endRow()
                .value("second").endRow().toString();

        assertThat(text).isEqualTo("7\tHi,\\t\"you\"\\nC:\\\\x\\r\t\\N\t\t2019-03-11\tt\tf\t72\nsecond\n");
    }
}
