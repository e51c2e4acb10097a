package org.doorstep.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.doorstep.TestSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Your network at a glance" on a generated network with a known burst: months, bursts, pace, biggest week. */
class NetworkGlanceIT extends TraineeExerciseIT {

    NetworkGlanceIT() {
        super("glance", "Gail Glance");
    }

    @BeforeEach
    void traineeWithTheBurstNetwork() {
        exercise.importFile(BurstNetwork.export(), "Connections.csv");
    }

    private long signIn(String prefix) {
        return TestSignIn.asNewTrainee(context, prefix, "Gail Glance");
    }

    private NetworkGlance glance() {
        return exercise.glance(ZoneOffset.UTC);
    }

    @Test
    void every_month_of_2019_is_counted_and_only_march_holds_a_burst_week_of_72() {
        NetworkGlance glance = glance();

        assertThat(glance.months()).extracting(NetworkGlance.Month::month)
                .containsExactlyElementsOf(List.of(YearMonth.of(2019, 1), YearMonth.of(2019, 2), YearMonth.of(2019, 3),
                        YearMonth.of(2019, 4), YearMonth.of(2019, 5), YearMonth.of(2019, 6), YearMonth.of(2019, 7),
                        YearMonth.of(2019, 8), YearMonth.of(2019, 9), YearMonth.of(2019, 10), YearMonth.of(2019, 11),
                        YearMonth.of(2019, 12)));
        for (NetworkGlance.Month month : glance.months()) {
            assertThat(month.connections()).as(month.month().toString())
                    .isEqualTo(BurstNetwork.inMonth(month.month().getMonthValue()));
            assertThat(month.burst()).as(month.month().toString()).isEqualTo(month.month().getMonthValue() == 3);
        }
        assertThat(glance.months().get(2).connections()).isEqualTo(75); // four Wednesdays and 71 more
        assertThat(glance.bursts()).containsExactly(new NetworkGlance.Week(BurstNetwork.BURST_WEEK, BurstNetwork.IN_THE_BURST));
        assertThat(exercise.biggestWeek()).contains(new NetworkGlance.Week(BurstNetwork.BURST_WEEK, BurstNetwork.IN_THE_BURST));
    }

    @Test
    void a_month_without_new_connections_shows_as_zero_between_the_first_and_the_last() {
        jdbc.update("delete from connection where user_id = ? and extract(month from connected_on) = 6", userId);

        NetworkGlance.Month june = glance().months().get(5);

        assertThat(june).isEqualTo(new NetworkGlance.Month(YearMonth.of(2019, 6), 0, false));
        assertThat(glance().months()).hasSize(12);
    }

    @Test
    void the_pace_counts_recent_decisions_per_day_worked_and_estimates_the_days_the_rest_take() {
        List<ConnectionRow> people = exercise.page(ConnectionFilter.ALL, 0, 40);
        people.forEach(person -> exercise.decide(person.id(), Decision.REMOVE));
        // 10 decided 20 days ago (outside the 14 days), 15 three days ago, 15 today: 30 recent, on 2 days.
        List<Long> ids = people.stream().map(ConnectionRow::id).toList();
        moveDecisions(ids.subList(0, 10), 20);
        moveDecisions(ids.subList(10, 25), 3);

        NetworkGlance glance = glance();

        assertThat(glance.total()).isEqualTo(BurstNetwork.TOTAL).isEqualTo(122);
        assertThat(glance.decided()).isEqualTo(40);
        assertThat(glance.remaining()).isEqualTo(82);
        assertThat(glance.pace()).isEqualTo(new NetworkGlance.Pace(30, 2, 14));
        assertThat(glance.pace().perActiveDay()).isEqualTo(15);
        assertThat(glance.pace().daysFor(glance.remaining())).isEqualTo(6); // 82 at 15 a day
    }

    @Test
    void a_re_import_does_not_make_old_decisions_look_recent() {
        List<ConnectionRow> people = exercise.page(ConnectionFilter.ALL, 0, 12);
        people.forEach(person -> exercise.decide(person.id(), Decision.KEEP));
        moveDecisions(people.stream().map(ConnectionRow::id).toList(), 30);

        exercise.importFile(BurstNetwork.export(), "Connections.csv");

        assertThat(glance().decided()).isEqualTo(12);
        assertThat(glance().pace().decisions()).isZero();
        assertThat(glance().pace().estimable()).isFalse();
    }

    @Test
    void a_few_decisions_are_not_enough_to_estimate_and_later_is_not_a_decision() {
        List<ConnectionRow> people = exercise.page(ConnectionFilter.ALL, 0, 12);
        people.subList(0, 9).forEach(person -> exercise.decide(person.id(), Decision.WEAK_TIE));
        people.subList(9, 12).forEach(person -> exercise.decide(person.id(), Decision.LATER));

        NetworkGlance.Pace pace = glance().pace();

        assertThat(pace).isEqualTo(new NetworkGlance.Pace(9, 1, 14));
        assertThat(pace.estimable()).isFalse();
        assertThatThrownBy(() -> pace.daysFor(10)).isInstanceOf(IllegalStateException.class);
        assertThat(glance().decided()).isEqualTo(9);
    }

    @Test
    void another_trainee_sees_only_their_own_counts() {
        signIn("other");

        NetworkGlance glance = glance();

        assertThat(glance.months()).isEmpty();
        assertThat(glance.bursts()).isEmpty();
        assertThat(glance.total()).isZero();
        assertThat(exercise.biggestWeek()).isEmpty();
    }

    private void moveDecisions(List<Long> ids, int daysAgo) {
        for (long id : ids) {
            jdbc.update("update connection set decided_at = decided_at - make_interval(days => ?) where id = ? and user_id = ?",
                    daysAgo, id, userId);
        }
    }
}
