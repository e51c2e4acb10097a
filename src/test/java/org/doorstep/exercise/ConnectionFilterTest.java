package org.doorstep.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConnectionFilterTest {

    @Test
    void each_with_method_changes_its_own_part_and_keeps_the_others() {
        ConnectionFilter filter = ConnectionFilter.ALL.withUndecidedOnly(true).withDecision(Decision.LATER)
                .withCompany("bank").withPosition("chief").withYear(2019).withName("an").withOldestFirst(true)
                .withNeverMessaged(true).withInvitedWithoutNote(true).withBurstWeek(true)
                .withWeek(LocalDate.of(2019, 3, 11)).withNoCompanyOrPosition(true).withStrangersFirst(true);
        assertThat(filter).isEqualTo(new ConnectionFilter(true, Decision.LATER, "bank", "chief", 2019, "an", true,
                true, true, true, LocalDate.of(2019, 3, 11), true, true));
    }

    @Test
    void the_filter_as_before_the_evidence_sets_no_evidence_part_and_orders_by_date() {
        ConnectionFilter old = new ConnectionFilter(true, null, "bank", null, 2016, null, true);
        assertThat(old).isEqualTo(ConnectionFilter.ALL.withUndecidedOnly(true).withCompany("bank").withYear(2016)
                .withOldestFirst(true));
        assertThat(old.strangersFirst()).isFalse();
        assertThat(old.week()).isNull();
    }

    @Test
    void a_week_is_kept_as_its_monday_whichever_day_names_it() {
        assertThat(ConnectionFilter.ALL.withWeek(LocalDate.of(2019, 3, 17)).week()).isEqualTo(LocalDate.of(2019, 3, 11));
        assertThat(ConnectionFilter.ALL.withWeek(LocalDate.of(2019, 3, 18)).week()).isEqualTo(LocalDate.of(2019, 3, 18));
    }
}
