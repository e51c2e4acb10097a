package org.doorstep.reports;

import java.util.List;
import java.util.Optional;

/** A manager's report over one team or all their teams; every aggregate carries the count it rests on. */
public record TeamReport(List<PersonProgress> people, int enrolled, int completedCourse, int withBaseline,
        Optional<Double> medianRatio, int withRatio, int removedTotal) {
}
