package org.doorstep.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.base.Formats;
import org.doorstep.exercise.BurstNetwork;
import org.doorstep.exercise.ConnectionEvidence;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.security.internal.UserAccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The export's evidence in the triage: the filters, "likely strangers first" with its reasons, the panel and the card. */
class ExerciseEvidenceViewTest extends KaribuTest {

    @Autowired
    ExerciseService exercise;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccountRepository users;

    @BeforeEach
    void aTraineeWithABurstOfTwelveInTheWeekOf11March2019() {
        String username = TestData.in(context).demoTrainee("evidence", "Eve Evidence").username();
        signInAs(username);
        long userId = users.findByUsername(username).orElseThrow().getId();
        exercise.importFile(BurstNetwork.write(12, 30), "Connections.csv");
        BurstNetwork.evidence(jdbc, userId, "Burst0", 0, true, null);
        BurstNetwork.evidence(jdbc, userId, "Burst3", 4, true, "<b>Met</b> at the fair, 2019");
        BurstNetwork.hidden(jdbc, userId, "Steady29");
        navigate("exercise");
    }

    private ExerciseView view() {
        return _get(ExerciseView.class);
    }

    private TriageFilters filters() {
        return view().filters;
    }

    @Test
    void likely_strangers_first_is_an_order_beside_newest_and_oldest_and_says_what_it_rests_on() {
        assertThat(filters().order.getListDataView().getItems()).containsExactly(TriageOrder.values());
        assertThat(filters().orderHelp.isVisible()).isFalse();
        userSets(filters().order, TriageOrder.STRANGERS);
        assertThat(filters().orderHelp.isVisible()).isTrue();
        assertThat(filters().orderHelp.getText()).contains("never messaged").contains("you decide");
        assertThat(GridKt._get(view().grid, 0).lastName()).isEqualTo("Burst0");
        assertThat(view().detail.shown().lastName()).as("the first of the new order is shown").isEqualTo("Burst0");
        assertThat(GridKt._size(view().grid)).isEqualTo(12 + 30);
    }

    @Test
    void each_row_of_strangers_first_says_its_reason_in_words() {
        userSets(filters().order, TriageOrder.STRANGERS);
        assertThat(String.join(" ", GridKt._getFormattedRow(view().grid, 0))).contains(
                "Connected in the week of 11 Mar 2019, with 11 others; never messaged; invited you without a note");
        userSets(filters().order, TriageOrder.NEWEST);
        assertThat(String.join(" ", GridKt._getFormattedRow(view().grid, 0))).as("other orders stay compact")
                .doesNotContain("Connected in the week of");
    }

    @Test
    void the_reason_counts_the_others_in_the_week_in_good_english() {
        EvidenceWords words = new EvidenceWords(new Div(), Formats.british(ZoneId.of("Europe/London")));
        assertThat(words.reason(burstRow(2))).isEqualTo("Connected in the week of 11 Mar 2019, with 1 other; never messaged");
        assertThat(words.reason(burstRow(1200))).startsWith("Connected in the week of 11 Mar 2019, with 1,199 others;");
    }

    private static ConnectionRow burstRow(int weekCount) {
        return new ConnectionRow(1, "Bea", "Burst", null, "Burst Media", "Manager", LocalDate.of(2019, 3, 16), Set.of(),
                false, null, null, false, null, false, new ConnectionEvidence(0, null, null, weekCount));
    }

    @Test
    void the_detail_panel_shows_what_the_export_says_with_the_note_as_text() {
        filters().name.setValue("Burst3");
        assertThat(view().detail.shown().lastName()).isEqualTo("Burst3");
        assertThat(view().detail.evidence.text()).isEqualTo("""
                4 messages exchanged
                They invited you, with the note “<b>Met</b> at the fair, 2019”
                Connected in a burst week: 12 new connections in the week of 11 Mar 2019""");
        filters().name.setValue("Steady29");
        assertThat(view().detail.evidence.text()).isEqualTo("""
                No messages with them in your export
                No invitation in LinkedIn's export window (it keeps only recent ones)
                Not connected in a burst week
                No company or position: a closed or hidden profile""");
    }

    @Test
    void the_phone_card_shows_the_reason_and_what_the_export_says() {
        userSets(filters().order, TriageOrder.STRANGERS);
        PersonCard card = view().card;
        assertThat(card.shown().lastName()).isEqualTo("Burst0");
        assertThat(card.reason.getText()).isEqualTo(
                "Connected in the week of 11 Mar 2019, with 11 others; never messaged; invited you without a note");
        assertThat(card.evidence.text()).contains("They invited you, without a note");
        filters().name.setValue("Burst3");
        assertThat(card.reason.getText()).isEqualTo("Connected in the week of 11 Mar 2019, with 11 others");
    }

    @Test
    void the_evidence_filters_narrow_the_list_to_the_people_they_name() {
        userSets(filters().burstWeek, true);
        assertThat(GridKt._size(view().grid)).isEqualTo(12);
        userSets(filters().neverMessaged, true);
        assertThat(GridKt._size(view().grid)).isEqualTo(11);
        userSets(filters().invitedWithoutNote, true);
        assertThat(GridKt._size(view().grid)).isEqualTo(1);
        assertThat(view().detail.shown().lastName()).isEqualTo("Burst0");
        userSets(filters().burstWeek, false);
        userSets(filters().neverMessaged, false);
        userSets(filters().invitedWithoutNote, false);
        userSets(filters().noCompanyOrPosition, true);
        assertThat(GridKt._get(view().grid, 0).lastName()).isEqualTo("Steady29");
        assertThat(GridKt._size(view().grid)).isEqualTo(1);
    }

    @Test
    void a_week_in_the_address_opens_the_list_filtered_to_that_week_from_its_monday() {
        navigate("exercise?week=2019-03-13");
        assertThat(filters().week.getValue()).isEqualTo(BurstNetwork.BURST_WEEK);
        assertThat(GridKt._size(view().grid)).isEqualTo(12);
        assertThat(_get(Details.class, spec -> spec.withClasses("filter-box")).isOpened()).as("so the filter is in sight").isTrue();
    }

    @Test
    void a_mistyped_week_in_the_address_shows_the_whole_list() {
        navigate("exercise?week=13-03-2019");
        assertThat(filters().week.getValue()).isNull();
        assertThat(GridKt._size(view().grid)).isEqualTo(12 + 30);
    }

    @Test
    void a_day_picked_in_the_week_field_stands_for_its_whole_week() {
        userSets(filters().week, LocalDate.of(2019, 3, 17));
        assertThat(filters().week.getValue()).isEqualTo(BurstNetwork.BURST_WEEK);
        assertThat(GridKt._size(view().grid)).isEqualTo(12);
    }
}
