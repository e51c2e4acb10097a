package org.doorstep.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The export's evidence, its filters and "likely strangers first" on a generated network with a known burst:
 * 72 connections in the week of 11 Mar 2019 among a steady one a week (BurstNetwork), against PostgreSQL.
 */
class StrangersFirstIT extends TraineeExerciseIT {

    private static final ConnectionFilter STRANGERS = ConnectionFilter.ALL.withStrangersFirst(true);


    StrangersFirstIT() {
        super("burst", "Bo Burst");
    }

    @BeforeEach
    void aTraineeWhoAccepted72StrangersInOneWeek() {
        exercise.importFile(BurstNetwork.write(72, 104), "Connections.csv");
        BurstNetwork.evidence(jdbc, userId, "Burst0", 0, true, null);      // 3: never messaged, invited you bare, burst
        BurstNetwork.evidence(jdbc, userId, "Burst1", 5, null, null);      // 1: burst only
        BurstNetwork.evidence(jdbc, userId, "Burst2", 0, true, "Great to meet you at the fair"); // 2
        BurstNetwork.hidden(jdbc, userId, "Steady100");                     // 2: never messaged, no company (Dec 2019)
        BurstNetwork.evidence(jdbc, userId, "Steady0", 2, null, null);     // 0: the one they know
        BurstNetwork.evidence(jdbc, userId, "Steady1", 0, false, null);    // 1: they invited nobody, you did
    }

    private List<ConnectionRow> all(ConnectionFilter filter) {
        return exercise.page(filter, 0, 1000);
    }

    private ConnectionRow person(String lastName) {
        return all(ConnectionFilter.ALL.withName(lastName)).stream().filter(row -> row.lastName().equals(lastName))
                .findFirst().orElseThrow();
    }

    @Test
    void the_burst_rule_marks_the_72_connections_of_the_week_of_11_march_2019_and_no_steady_week() {
        assertThat(exercise.count(ConnectionFilter.ALL)).isEqualTo(72 + 103);
        List<ConnectionRow> burst = all(ConnectionFilter.ALL.withBurstWeek(true));
        assertThat(burst).hasSize(72).allSatisfy(row -> {
            assertThat(row.lastName()).startsWith("Burst");
            assertThat(row.evidence().burstWeekCount()).isEqualTo(72);
        });
        assertThat(person("Steady5").evidence().inBurstWeek()).isFalse();
    }

    @Test
    void the_evidence_the_import_stored_arrives_on_the_row() {
        ConnectionEvidence noted = person("Burst2").evidence();
        assertThat(noted.invitedByThem()).isTrue();
        assertThat(noted.invitationNote()).isEqualTo("Great to meet you at the fair");
        assertThat(noted.invitedYouWithoutNote()).isFalse();
        assertThat(person("Burst1").evidence().messageCount()).isEqualTo(5);
        assertThat(person("Steady1").evidence().invitedByThem()).isFalse();
        assertThat(person("Steady2").evidence()).isEqualTo(ConnectionEvidence.NONE);
        assertThat(person("Steady100").noCompanyOrPosition()).isTrue();
    }

    @Test
    void likely_strangers_first_puts_the_most_signs_first_then_the_newest_then_by_id() {
        List<ConnectionRow> ordered = all(STRANGERS);
        assertThat(ordered).extracting(ConnectionRow::lastName).startsWith("Burst0", "Steady100")
                .endsWith("Steady0");
        assertThat(ordered.get(0).strangerScore()).isEqualTo(3);
        assertThat(ordered.get(2).lastName()).as("then the burst week, never messaged").startsWith("Burst");
        List<ConnectionRow> expected = new ArrayList<>(ordered);
        expected.sort(Comparator.comparingInt(ConnectionRow::strangerScore).reversed()
                .thenComparing(ConnectionRow::connectedOn, Comparator.reverseOrder())
                .thenComparing(ConnectionRow::id, Comparator.reverseOrder()));
        assertThat(ordered).isEqualTo(expected).hasSize(175);
    }

    @Test
    void pages_of_strangers_first_join_into_the_whole_list_without_gaps_or_repeats() {
        List<ConnectionRow> pages = new ArrayList<>();
        for (int offset = 0; offset < 175; offset += 50) {
            pages.addAll(exercise.page(STRANGERS, offset, 50));
        }
        assertThat(pages).isEqualTo(all(STRANGERS));
    }

    @Test
    void moving_through_strangers_first_by_keyboard_follows_the_list_and_knows_each_position() {
        List<ConnectionRow> ordered = all(STRANGERS);
        for (int i : List.of(0, 1, 2, 40, 73, 100, 173)) {
            ConnectionRow row = ordered.get(i);
            assertThat(exercise.position(STRANGERS, row.id())).isEqualTo(i);
            assertThat(exercise.neighbour(STRANGERS, row.id(), true)).contains(ordered.get(i + 1));
            if (i > 0) {
                assertThat(exercise.neighbour(STRANGERS, row.id(), false)).contains(ordered.get(i - 1));
            }
        }
        assertThat(exercise.neighbour(STRANGERS, ordered.getLast().id(), true)).isEmpty();
    }

    @Test
    void the_score_stored_for_the_index_is_the_rule_each_row_states() {
        for (ConnectionRow row : all(ConnectionFilter.ALL)) {
            assertThat(jdbc.queryForObject("select stranger_score from connection where id = ?", Integer.class, row.id()))
                    .as(row.lastName()).isEqualTo(row.strangerScore());
        }
    }

    @Test
    void each_evidence_filter_keeps_exactly_the_people_it_names() {
        assertThat(exercise.count(ConnectionFilter.ALL.withNeverMessaged(true))).isEqualTo(175 - 2);
        assertThat(all(ConnectionFilter.ALL.withInvitedWithoutNote(true))).extracting(ConnectionRow::lastName)
                .containsExactly("Burst0");
        assertThat(all(ConnectionFilter.ALL.withNoCompanyOrPosition(true))).extracting(ConnectionRow::lastName)
                .containsExactly("Steady100");
        assertThat(exercise.count(ConnectionFilter.ALL.withBurstWeek(true).withNeverMessaged(true))).isEqualTo(71);
    }

    @Test
    void the_week_filter_takes_any_day_for_its_monday_to_sunday_week() {
        ConnectionFilter thursday = ConnectionFilter.ALL.withWeek(LocalDate.of(2019, 3, 14));
        assertThat(thursday.week()).isEqualTo(BurstNetwork.BURST_WEEK);
        assertThat(all(thursday)).hasSize(72).allSatisfy(row -> assertThat(row.lastName()).startsWith("Burst"));
        assertThat(all(ConnectionFilter.ALL.withWeek(BurstNetwork.BURST_WEEK.minusWeeks(1))))
                .extracting(ConnectionRow::connectedOn).containsExactly(LocalDate.of(2019, 3, 6));
    }

    @Test
    void evidence_filters_combine_with_the_decisions_already_made() {
        ConnectionFilter undecidedInTheBurst = ConnectionFilter.ALL.withBurstWeek(true).withUndecidedOnly(true);
        exercise.decide(person("Burst5").id(), Decision.REMOVE);
        exercise.decide(person("Burst6").id(), Decision.LATER);
        assertThat(exercise.count(undecidedInTheBurst)).as("later stays undecided").isEqualTo(71);
        assertThat(all(undecidedInTheBurst.withStrangersFirst(true)).getFirst().lastName()).isEqualTo("Burst0");
    }
}
