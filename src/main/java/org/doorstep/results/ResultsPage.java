package org.doorstep.results;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.exercise.ExerciseSummary;

/**
 * Everything the trainee's results page shows, read together: their entries, whether the next one is the baseline
 * (the first entry always is, every later one a follow-up), the ratios to it, the pruning's counts and finishing day,
 * and the follow-ups due from that day.
 */
public record ResultsPage(List<Snapshot> entries, boolean nextIsBaseline, Map<Metric, Optional<Double>> ratios,
        ExerciseSummary pruning, Optional<LocalDate> pruningFinishedOn, List<FollowUp> followUps) {

    public ResultsPage {
        entries = List.copyOf(entries);
        ratios = Collections.unmodifiableMap(new EnumMap<>(ratios)); // in the metrics' order, as the tiles show them
        followUps = List.copyOf(followUps);
    }
}
