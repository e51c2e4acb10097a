package org.doorstep.results;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.results.internal.SnapshotStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in trainee's own figures: recorded, edited, deleted, and compared with the baseline. */
@Service
@PreAuthorize("hasRole('TRAINEE')")
public class ResultsService {

    private final SnapshotStore store;
    private final ExerciseService exercise;
    private final Clock clock;

    ResultsService(SnapshotStore store, ExerciseService exercise, Clock clock) {
        this.store = store;
        this.exercise = exercise;
        this.clock = clock;
    }

    /** The results page in one read; the first entry is the baseline, so the next is one only while there is none. */
    @Transactional(readOnly = true)
    public ResultsPage page() {
        long user = SignedInUser.currentId();
        List<Snapshot> entries = store.of(user);
        Optional<LocalDate> finished = store.pruningFinishedOn(user);
        return new ResultsPage(entries, entries.stream().noneMatch(Snapshot::baseline), ratios(entries),
                exercise.summary(), finished, FollowUps.of(finished.orElse(null), entries, LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<Snapshot> mySnapshots() {
        return store.of(SignedInUser.currentId());
    }

    /** Saves a new or edited snapshot after checking it; throws with the first problem and its field. */
    @Transactional
    public Snapshot save(Snapshot snapshot) {
        long user = SignedInUser.currentId();
        List<Snapshot> others = store.of(user).stream()
                .filter(existing -> !Objects.equals(existing.id(), snapshot.id())).toList();
        validate(snapshot, others, LocalDate.now(clock));
        if (snapshot.id() == null) {
            long id = store.insert(user, snapshot);
            return store.of(user).stream().filter(s -> Objects.equals(s.id(), id)).findFirst().orElseThrow();
        }
        if (!store.update(user, snapshot)) {
            throw new NoSuchElementException("No snapshot " + snapshot.id() + " of yours");
        }
        return snapshot;
    }

    @Transactional
    public void delete(long snapshotId) {
        if (!store.delete(SignedInUser.currentId(), snapshotId)) {
            throw new NoSuchElementException("No snapshot " + snapshotId + " of yours");
        }
    }

    @Transactional
    public void setPruningFinishedOn(LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new Refusal("finished", "results.error.future");
        }
        store.setPruningFinishedOn(SignedInUser.currentId(), date);
    }

    @Transactional(readOnly = true)
    public List<FollowUp> followUps() {
        long user = SignedInUser.currentId();
        return FollowUps.of(store.pruningFinishedOn(user).orElse(null), store.of(user), LocalDate.now(clock));
    }

    /** Latest follow-up over baseline, per metric; empty where either is missing or the baseline is zero. */
    static Map<Metric, Optional<Double>> ratios(List<Snapshot> snapshots) {
        Optional<Snapshot> baseline = snapshots.stream().filter(Snapshot::baseline).findFirst();
        Optional<Snapshot> latest = snapshots.stream().filter(s -> !s.baseline()).reduce((first, second) -> second);
        Map<Metric, Optional<Double>> ratios = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            ratios.put(metric, Ratio.of(baseline.map(s -> s.value(metric)).orElse(null),
                    latest.map(s -> s.value(metric)).orElse(null)));
        }
        return ratios;
    }

    static void validate(Snapshot s, List<Snapshot> others, LocalDate today) {
        if (s.takenOn() == null) {
            throw new Refusal("takenOn", "results.error.date-missing");
        }
        if (s.takenOn().isAfter(today)) {
            throw new Refusal("takenOn", "results.error.future");
        }
        if (s.profileViews() == null) {
            throw new Refusal("figures", "results.error.profile-views-missing");
        }
        if (s.profileViews() < 0 || Stream.of(s.searchAppearances(), s.postImpressions(), s.followers(), s.connectionCount())
                .anyMatch(value -> value != null && value < 0)) {
            throw new Refusal("figures", "results.error.negative");
        }
        // Errors name the pillar concerned: "ssi-brand", "ssi-people", "ssi-insights" or "ssi-relationships".
        List<Integer> pillars = java.util.Arrays.asList(s.ssiBrand(), s.ssiPeople(), s.ssiInsights(), s.ssiRelationships());
        List<String> names = List.of("ssi-brand", "ssi-people", "ssi-insights", "ssi-relationships");
        long given = pillars.stream().filter(java.util.Objects::nonNull).count();
        if (given != 0 && given != 4) {
            throw new Refusal(names.get(pillars.indexOf(null)), "results.error.ssi-incomplete");
        }
        for (int i = 0; i < pillars.size(); i++) {
            if (pillars.get(i) != null && (pillars.get(i) < 0 || pillars.get(i) > 25)) {
                throw new Refusal(names.get(i), "results.error.ssi-range");
            }
        }
        if (others.stream().anyMatch(o -> o.takenOn().equals(s.takenOn()))) {
            throw new Refusal("takenOn", "results.error.same-date");
        }
        Optional<Snapshot> baseline = others.stream().filter(Snapshot::baseline).findFirst();
        if (s.baseline()) {
            if (baseline.isPresent()) {
                throw new Refusal("baseline", "results.error.second-baseline");
            }
            if (others.stream().anyMatch(o -> !o.takenOn().isAfter(s.takenOn()))) {
                throw new Refusal("takenOn", "results.error.baseline-after-follow-up");
            }
        } else if (baseline.isPresent() && !s.takenOn().isAfter(baseline.get().takenOn())) {
            throw new Refusal("takenOn", "results.error.before-baseline");
        } else if (baseline.isEmpty()) {
            throw new Refusal("baseline", "results.error.no-baseline");
        }
    }

}
