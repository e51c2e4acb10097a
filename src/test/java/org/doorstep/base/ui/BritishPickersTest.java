package org.doorstep.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.doorstep.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Pickers format on the client with their locale (the UI's unless set): British English gives 04/12/2026 and 15:00,
 * where a browser's en-US would give 12/4/2026 and 3:00 PM.
 */
class BritishPickersTest extends KaribuTest {

    @Test
    void beforeSignInTheScreensAreBritishWhateverTheBrowserSays() {
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.UK);
    }

    @Test
    void theBritishLocaleWritesDayMonthYearAndA24HourClock() {
        assertThat(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.UK).format(LocalDate.of(2026, 12, 4)))
                .isEqualTo("04/12/2026");
        assertThat(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.UK).format(LocalTime.of(15, 0)))
                .isEqualTo("15:00");
    }

    @Test
    void aTraineesResultsPickersAreBritish() {
        signInAs("trainee");
        navigate("results");
        assertBritish(_find(DatePicker.class).stream().map(DatePicker::getLocale).toList());
    }

    @Test
    void aManagersReportAndLearningRecordPickersAreBritish() {
        signInAs("manager");
        navigate("reports");
        assertBritish(_find(DatePicker.class).stream().map(DatePicker::getLocale).toList());
        navigate("learning-records");
        assertBritish(_find(DatePicker.class).stream().map(DatePicker::getLocale).toList());
    }

    @Test
    void theSchedulingPickerIsBritish() {
        signInAs("trainer");
        navigate("workshop");
        assertBritish(_find(DateTimePicker.class).stream().map(DateTimePicker::getLocale).toList());
    }

    @Test
    void theAuditFiltersAreBritish() {
        signInAs("admin");
        navigate("admin/audit");
        assertBritish(_find(DatePicker.class).stream().map(DatePicker::getLocale).toList());
    }

    private static void assertBritish(List<Locale> pickers) {
        assertThat(pickers).isNotEmpty().allSatisfy(locale -> assertThat(locale).isEqualTo(Locale.UK));
    }
}
