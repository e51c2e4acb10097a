package org.doorstep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void over_an_odd_number_of_ratios_the_median_is_the_middle_one_whatever_their_order() {
        assertThat(Median.of(List.of(10.0, 2.5, 4.0))).hasValue(4.0);
        assertThat(Median.of(List.of(0.5, 9.0, 1.5, 3.0, 2.0))).hasValue(2.0);
    }

    @Test
    void over_an_even_number_of_ratios_the_median_is_the_mean_of_the_middle_two() {
        assertThat(Median.of(List.of(4.0, 2.5))).hasValue(3.25);
        assertThat(Median.of(List.of(10.0, 1.0, 4.0, 2.5))).hasValue(3.25);
    }

    @Test
    void one_ratio_is_its_own_median_and_none_has_no_median() {
        assertThat(Median.of(List.of(2.5))).hasValue(2.5);
        assertThat(Median.of(List.of())).isEmpty();
    }
}
