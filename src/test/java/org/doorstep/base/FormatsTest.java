package org.doorstep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and times in British English: day before month, a 24-hour clock, instants in the reader's zone. */
class FormatsTest {

    private static final Instant THREE_PM_IN_LONDON = Instant.parse("2026-12-04T15:00:07Z");
    private static final Formats LONDON = new Formats(Locale.UK, ZoneId.of("Europe/London"));

    @Test
    void aDayReadsDayMonthYearWithTheMonthNamed() {
        assertThat(LONDON.day(LocalDate.of(2026, 12, 4))).isEqualTo("4 Dec 2026");
        assertThat(LONDON.day((LocalDate) null)).isEmpty();
    }

    @Test
    void timesUseA24HourClock() {
        assertThat(LONDON.time(THREE_PM_IN_LONDON)).isEqualTo("15:00");
        assertThat(LONDON.moment(THREE_PM_IN_LONDON)).isEqualTo("4 Dec 2026, 15:00");
        assertThat(LONDON.preciseMoment(THREE_PM_IN_LONDON)).isEqualTo("4 Dec 2026, 15:00:07");
    }

    @Test
    void anInstantReadsInTheReadersZoneEvenWhenThatChangesTheDay() {
        Formats tokyo = new Formats(Locale.UK, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.moment(THREE_PM_IN_LONDON)).isEqualTo("5 Dec 2026, 00:00");
        assertThat(tokyo.day(THREE_PM_IN_LONDON)).isEqualTo("5 Dec 2026");
    }

    @Test
    void aScheduledTimeReadsInTheZoneItWasPlannedInAndNamesIt() {
        Formats tokyo = new Formats(Locale.UK, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.scheduled(Instant.parse("2026-07-01T13:30:00Z"), ZoneId.of("Europe/London")))
                .isEqualTo("1 Jul 2026, 14:30 (Europe/London)");
    }
}
