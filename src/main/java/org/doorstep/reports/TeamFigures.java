package org.doorstep.reports;

import java.time.Instant;
import java.util.Optional;

/**
 * A report's figures over everyone its filter selects, each with the count it rests on (people, or for the
 * median ratio those with one), computed in the database. The labels name what the filter chose.
 */
public record TeamFigures(ReportFilter filter, String teamLabel, String cohortLabel, Instant generatedAt, int people,
        int enrolled, int completedCourse, int active, int lessonsCompleted, int withBaseline,
        Optional<Double> medianRatio, int withRatio, int removedTotal, int withOverdue) {
}
