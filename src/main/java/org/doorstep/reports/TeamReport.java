package org.doorstep.reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A manager's report over the people a filter selects; every aggregate carries the count it rests on.
 * The labels name what the filter chose, for headings and the PDF.
 */
public record TeamReport(ReportFilter filter, String teamLabel, String cohortLabel, Instant generatedAt,
        List<PersonProgress> people, int enrolled, int completedCourse, int active, int lessonsCompleted,
        int withBaseline, Optional<Double> medianRatio, int withRatio, int removedTotal, int withOverdue) {
}
