package org.doorstep.course;

import java.time.LocalDate;
import org.doorstep.base.DateRange;
import org.doorstep.base.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Which learning events to export: a team's or a cohort's people (or both, or everyone an admin sees), between two
 * days inclusive, in one course (by slug) or every course (null).
 */
public record RecordScope(@Nullable Long teamId, @Nullable Long cohortId, @Nullable LocalDate from,
        @Nullable LocalDate to, @Nullable String courseSlug) {

    /** Events of every course. */
    public RecordScope(@Nullable Long teamId, @Nullable Long cohortId, @Nullable LocalDate from, @Nullable LocalDate to) {
        this(teamId, cohortId, from, to, null);
    }

    /** The start of the xAPI object id of each event of the scope's course (null for every course). */
    public @Nullable String activityPrefix() {
        return courseSlug == null ? null : CourseService.IRI + courseSlug + ":";
    }

    /** The same days as a range, so they are measured and described as everywhere else. */
    public DateRange days() {
        return new DateRange(from, to);
    }

    public RecordScope {
        if (from != null && to != null && to.isBefore(from)) {
            throw new Refusal("to", "records.dates.order");
        }
    }
}
