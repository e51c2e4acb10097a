package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekHistogramTest {

    @Test
    void weeks_run_monday_to_sunday_across_a_new_year_as_postgresql_counts_them() {
        WeekHistogram weeks = new WeekHistogram();
        weeks.count(LocalDate.of(2020, 1, 5)); // a Sunday
        weeks.count(LocalDate.of(2019, 12, 30)); // the Monday of that week
        weeks.count(LocalDate.of(2020, 1, 6)); // the next Monday
        weeks.count(LocalDate.of(2019, 3, 17));

        assertThat(weeks.weeks()).isEqualTo("{2019-03-11,2019-12-30,2020-01-06}");
        assertThat(weeks.counts()).isEqualTo("{1,2,1}");
    }
}
