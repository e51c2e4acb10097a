package org.doorstep.results.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.results.Metric;
import org.doorstep.results.ResultsService;
import org.doorstep.results.Snapshot;
import org.doorstep.results.TrackerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A cohort of three: ratios 3.0 and 0.5 and one without a follow-up; median 1.75 of 2, improved 1 of 2. */
class TrainerResultsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResultsService results;
    @Autowired
    TrackerService tracker;

    private TestData.TrainedCohort cohort;

    private void record(String trainee, int baseline, Integer latest) {
        TestSignIn.as(context, trainee);
        results.save(new Snapshot(null, LocalDate.now().minusDays(60), true, baseline, null, null, null, null, null, null, null, null));
        if (latest != null) {
            results.save(new Snapshot(null, LocalDate.now().minusDays(1), false, latest, null, null, null, null, null, null, null, null));
        }
    }

    @BeforeEach
    void cohortWithResults() {
        cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        record(cohort.trainee("Ann Up"), 20, 60);
        record(cohort.trainee("=Bob Down"), 40, 20);
        record(cohort.trainee("Cat Waiting"), 10, null);
        signInAs(cohort.trainer().username());
        navigate("trainer/results");
    }

    @Test
    void the_tracker_shows_each_trainee_and_the_cohort_median_with_its_counts() {
        TrainerResultsView view = _get(TrainerResultsView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(rendered(view.figures)).contains("Median ratio × 1.75 over 2 with a baseline and a follow-up")
                .contains("Improved 1 of 2").contains("With a baseline 3 of 3").contains("With a follow-up 2 of 3");
        assertThat(view.ratio(GridKt._get(view.grid, 2))).isEqualTo("n/a");
        var chart = _get(view.chart, org.doorstep.base.ui.Chart.class).getData();
        assertThat(chart.labels()).containsExactly("=Bob Down", "Ann Up", "Cat Waiting");
        assertThat(chart.datasets().get(1).values()).containsExactly(20.0, 60.0, null);
    }

    @Test
    void the_csv_export_neutralises_a_name_that_a_spreadsheet_would_run() {
        String csv = tracker.csv(cohort.id(), Metric.PROFILE_VIEWS, "Profile views");
        assertThat(csv).contains("'=Bob Down").contains("n/a").doesNotContain("\n=Bob");
    }

    @Test
    void the_csv_export_is_recorded_in_the_audit_log() {
        tracker.csv(cohort.id(), Metric.PROFILE_VIEWS, "Profile views");
        assertThat(jdbc.queryForObject("select details from audit_event where actor_username = ? order by id desc limit 1",
                String.class, cohort.trainer().username()))
                .isEqualTo("Results tracker as CSV: cohort " + cohortName() + " (#" + cohort.id() + "), profile views, 3 trainees");
    }

    private String cohortName() {
        return jdbc.queryForObject("select name from cohort where id = ?", String.class, cohort.id());
    }

    @Test
    void a_trainer_sees_only_the_cohorts_they_run() {
        assertThat(tracker.myCohorts()).extracting(c -> c.id()).containsExactly(cohort.id());
        signInAs("trainer");
        assertThatThrownBy(() -> tracker.tracker(cohort.id(), Metric.PROFILE_VIEWS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainee_cannot_open_the_tracker_nor_read_another_trainees_entries() {
        String trainee = cohort.trainee("Dan Curious");
        signInAs(trainee);
        assertThatThrownBy(() -> tracker.myCohorts()).isInstanceOf(AccessDeniedException.class);
        assertThat(results.mySnapshots()).isEmpty();
    }
}
