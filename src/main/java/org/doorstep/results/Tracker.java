package org.doorstep.results;

import java.util.List;

/** A cohort's results tracker for one metric. */
public record Tracker(long cohortId, String cohortName, Metric metric, List<TrackerRow> rows, CohortFigures figures) {
}
