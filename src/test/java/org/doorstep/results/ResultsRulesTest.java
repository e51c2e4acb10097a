package org.doorstep.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.doorstep.base.Refusal;
import org.junit.jupiter.api.Test;

/** Validation, ratios, follow-up due dates and the cohort's aggregates, computed by hand. */
class ResultsRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Snapshot snapshot(String date, boolean baseline, int views) {
        return new Snapshot(null, LocalDate.parse(date), baseline, views, null, null, null, null, null, null, null, null);
    }

    private static String refusal(Snapshot s, List<Snapshot> others) {
        try {
            ResultsService.validate(s, others, TODAY);
            return "accepted";
        } catch (Refusal e) {
            return e.field() + ": " + e.messageKey();
        }
    }

    @Test
    void each_rule_refuses_with_its_own_message_on_its_field() {
        Snapshot base = snapshot("2026-09-01", true, 40);
        assertThat(refusal(snapshot("2026-12-01", true, 1), List.of())).isEqualTo("takenOn: results.error.future");
        assertThat(refusal(snapshot("2026-10-01", false, 10), List.of())).isEqualTo("baseline: results.error.no-baseline");
        assertThat(refusal(snapshot("2026-08-01", false, 10), List.of(base))).isEqualTo("takenOn: results.error.before-baseline");
        assertThat(refusal(snapshot("2026-09-01", false, 10), List.of(base))).isEqualTo("takenOn: results.error.same-date");
        assertThat(refusal(snapshot("2026-10-01", false, 10), List.of(base, snapshot("2026-10-01", false, 9))))
                .isEqualTo("takenOn: results.error.same-date");
        assertThat(refusal(snapshot("2026-10-01", true, 10), List.of(base))).isEqualTo("baseline: results.error.second-baseline");
        assertThat(refusal(new Snapshot(null, TODAY, false, null, null, null, null, null, null, null, null, null), List.of(base)))
                .isEqualTo("figures: results.error.profile-views-missing");
        assertThat(refusal(new Snapshot(null, TODAY, false, 5, -1, null, null, null, null, null, null, null), List.of(base)))
                .isEqualTo("figures: results.error.negative");
        assertThat(refusal(new Snapshot(null, TODAY, false, 5, null, null, null, null, 10, 10, null, null), List.of(base)))
                .isEqualTo("ssi-insights: results.error.ssi-incomplete");
        assertThat(refusal(new Snapshot(null, TODAY, false, 5, null, null, null, null, 10, 26, 3, 4), List.of(base)))
                .isEqualTo("ssi-people: results.error.ssi-range");
        assertThat(refusal(new Snapshot(null, TODAY, false, 5, 1, 2, 3, 4, 25, 0, 3, 4), List.of(base))).isEqualTo("accepted");
    }

    @Test
    void a_baseline_dated_after_a_follow_up_is_refused() {
        assertThat(refusal(snapshot("2026-10-01", true, 10), List.of(snapshot("2026-09-01", false, 5))))
                .isEqualTo("takenOn: results.error.baseline-after-follow-up");
    }

    @Test
    void the_ratio_is_latest_over_baseline_and_not_applicable_without_a_baseline_or_with_zero() {
        var ratios = ResultsService.ratios(List.of(snapshot("2026-09-01", true, 40), snapshot("2026-10-01", false, 60),
                snapshot("2026-11-01", false, 128)));
        assertThat(ratios.get(Metric.PROFILE_VIEWS)).hasValue(3.2);
        assertThat(ratios.get(Metric.FOLLOWERS)).isEmpty();
        assertThat(Ratio.of(0, 10)).isEmpty();
        assertThat(Ratio.of(null, 10)).isEmpty();
        assertThat(ResultsService.ratios(List.of(snapshot("2026-09-01", true, 40))).get(Metric.PROFILE_VIEWS)).isEmpty();
    }

    @Test
    void follow_ups_fall_due_30_60_and_90_days_after_pruning_and_an_unrecorded_past_one_is_overdue() {
        LocalDate finished = LocalDate.of(2026, 8, 1);
        List<FollowUp> due = FollowUps.of(finished, List.of(snapshot("2026-07-30", true, 10),
                snapshot("2026-09-02", false, 20)), TODAY);
        assertThat(due).extracting(FollowUp::due).containsExactly(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 30));
        assertThat(due).extracting(FollowUp::recorded).containsExactly(true, false, false);
        assertThat(due).extracting(FollowUp::overdue).containsExactly(false, true, true);
        assertThat(FollowUps.of(null, List.of(), TODAY)).isEmpty();
    }

    private static TrackerRow row(Integer baseline, Integer latest) {
        return new TrackerRow(1, "x", baseline, latest, Ratio.of(baseline, latest), null, null, null, 0);
    }

    @Test
    void the_cohort_median_counts_only_trainees_with_a_ratio_and_says_how_many() {
        // ratios 0.5, 2, 3 (and two n/a): median 2 of 3; improved 2 of 3.
        CohortFigures odd = TrackerService.figures(List.of(row(10, 5), row(10, 20), row(10, 30), row(0, 9), row(null, null)));
        assertThat(odd).isEqualTo(new CohortFigures(5, Optional.of(2.0), 3, 2, 4, 4));
        // ratios 1, 1.5, 4, 6: median (1.5 + 4) / 2 = 2.75; improved 3 of 4 (a ratio of exactly 1 is no improvement).
        CohortFigures even = TrackerService.figures(List.of(row(10, 10), row(10, 15), row(10, 40), row(10, 60)));
        assertThat(even.medianRatio()).hasValue(2.75);
        assertThat(even.improved()).isEqualTo(3);
        assertThat(TrackerService.figures(List.of(row(null, null))).medianRatio()).isEmpty();
    }
}
