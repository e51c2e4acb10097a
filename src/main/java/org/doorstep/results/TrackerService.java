package org.doorstep.results;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.BundleText;
import org.doorstep.base.Median;
import org.doorstep.base.SafeCsv;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExerciseSummary;
import org.doorstep.results.internal.SnapshotStore;
import org.doorstep.security.CohortDirectory;
import org.doorstep.security.PersonalTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainer's results tracker: before/after per trainee of the cohorts they run, with medians
 * (not means) for ratios and every aggregate shown with the count it rests on.
 */
@Service
@PreAuthorize("hasRole('TRAINER')")
public class TrackerService {

    private final CohortDirectory cohorts;
    private final ExerciseService exercise;
    private final SnapshotStore store;
    private final Clock clock;

    private final AuditTrail audit;
    private final PersonalTime time;

    TrackerService(CohortDirectory cohorts, ExerciseService exercise, SnapshotStore store, Clock clock, AuditTrail audit,
            PersonalTime time) {
        this.time = time;
        this.audit = audit;
        this.cohorts = cohorts;
        this.exercise = exercise;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CohortDirectory.TrainerCohort> myCohorts() {
        return cohorts.cohortsIRun();
    }

    @Transactional(readOnly = true)
    public Tracker tracker(long cohortId, Metric metric) {
        List<CohortDirectory.CohortMember> members = cohorts.membersOfMyCohort(cohortId);
        List<Long> ids = members.stream().map(CohortDirectory.CohortMember::userId).toList();
        Map<Long, List<Snapshot>> snapshots = store.ofAll(ids);
        Map<Long, LocalDate> finished = store.pruningFinishedOn(ids);
        Map<Long, ExerciseSummary> exercises = exercise.summariesOfMyCohort(cohortId);
        LocalDate today = LocalDate.now(clock);
        List<TrackerRow> rows = new ArrayList<>();
        for (CohortDirectory.CohortMember member : members) {
            List<Snapshot> mine = snapshots.getOrDefault(member.userId(), List.of());
            Integer baseline = mine.stream().filter(Snapshot::baseline).findFirst().map(s -> s.value(metric)).orElse(null);
            Integer latest = mine.stream().filter(s -> !s.baseline()).reduce((a, b) -> b).map(s -> s.value(metric)).orElse(null);
            ExerciseSummary summary = exercises.get(member.userId());
            int missing = (int) FollowUps.of(finished.get(member.userId()), mine, today).stream()
                    .filter(FollowUp::overdue).count();
            rows.add(new TrackerRow(member.userId(), member.displayName(), baseline, latest, Ratio.of(baseline, latest),
                    summary == null ? null : summary.connectionsBefore(), summary == null ? null : summary.connectionsAfter(),
                    mine.isEmpty() ? null : mine.getLast().takenOn(), missing));
        }
        String name = myCohorts().stream().filter(c -> c.id() == cohortId).findFirst()
                .map(CohortDirectory.TrainerCohort::name).orElse("");
        return new Tracker(cohortId, name, metric, rows, figures(rows));
    }

    static CohortFigures figures(List<TrackerRow> rows) {
        List<Double> ratios = rows.stream().flatMap(row -> row.ratio().stream()).toList();
        Optional<Double> median = Median.of(ratios);
        int improved = (int) ratios.stream().filter(ratio -> ratio > 1).count();
        int withBaseline = (int) rows.stream().filter(row -> row.baseline() != null).count();
        int withFollowUp = (int) rows.stream().filter(row -> row.latest() != null).count();
        return new CohortFigures(rows.size(), median, ratios.size(), improved, withBaseline, withFollowUp);
    }

    /** The tracker as spreadsheet-safe CSV, headed with the figure's name as the view shows it; ratios without a baseline are "n/a". */
    @Transactional(readOnly = true)
    public String csv(long cohortId, Metric metric, String metricName) {
        Tracker tracker = tracker(cohortId, metric);
        List<List<?>> rows = new ArrayList<>();
        for (TrackerRow row : tracker.rows()) {
            rows.add(Arrays.asList(row.name(), row.baseline(), row.latest(),
                    row.ratio().map(r -> String.format(java.util.Locale.ROOT, "%.2f", r)).orElse("n/a"),
                    row.connectionsBefore(), row.connectionsAfter(), row.lastEntry(), row.missingFollowUps()));
        }
        String figure = metricName.toLowerCase(java.util.Locale.ROOT);
        audit.record(AuditTrail.DATA_EXPORTED, null, "Results tracker as CSV: " + audit.cohort(cohortId) + ", " + figure
                + ", " + rows.size() + " trainees");
        Locale locale = time.formats().locale();
        List<String> headings = new ArrayList<>(List.of(BundleText.of(locale, "results.csv.trainee"),
                BundleText.of(locale, "results.csv.baseline", figure), BundleText.of(locale, "results.csv.latest", figure)));
        headings.addAll(BundleText.all(locale, "results.csv.", "ratio", "connections-before", "connections-after",
                "last-entry", "missing-follow-ups"));
        return SafeCsv.write(headings, rows);
    }
}
