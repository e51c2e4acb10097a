package org.doorstep.course;

import java.time.LocalDate;

/** Which learning events to export: a team's or a cohort's people (or both, or everyone an admin sees), between two days inclusive. */
public record RecordScope(Long teamId, Long cohortId, LocalDate from, LocalDate to) {

    public RecordScope {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("records.dates.order");
        }
    }
}
