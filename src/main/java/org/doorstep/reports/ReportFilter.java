package org.doorstep.reports;

import org.doorstep.base.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * Which of a manager's people a report covers, the dates it counts and the course whose lessons it counts: one team,
 * or all their teams (teamId null); one cohort, or any (cohortId null); a course by slug, or (courseSlug null) the
 * chosen cohort's course, else the one course their cohorts take, else the shipped course.
 */
public record ReportFilter(@Nullable Long teamId, @Nullable Long cohortId, DateRange dates,
        @Nullable String courseSlug) {

    /** All my teams, any cohort, all time. */
    public static final ReportFilter ALL = new ReportFilter(null, null, DateRange.ALWAYS);

    /** Counting the lessons of the course the filter's cohort (or the manager's cohorts) take. */
    public ReportFilter(@Nullable Long teamId, @Nullable Long cohortId, DateRange dates) {
        this(teamId, cohortId, dates, null);
    }

    public ReportFilter {
        dates = dates == null ? DateRange.ALWAYS : dates;
    }

    public static ReportFilter team(Long teamId) {
        return new ReportFilter(teamId, null, DateRange.ALWAYS);
    }
}
