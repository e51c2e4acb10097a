package org.doorstep.reports;

import org.doorstep.base.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * Which of a manager's people a report covers and the dates it counts: one team, or all their teams (teamId null);
 * one cohort, or any (cohortId null).
 */
public record ReportFilter(@Nullable Long teamId, @Nullable Long cohortId, DateRange dates) {

    /** All my teams, any cohort, all time. */
    public static final ReportFilter ALL = new ReportFilter(null, null, DateRange.ALWAYS);

    public ReportFilter {
        dates = dates == null ? DateRange.ALWAYS : dates;
    }

    public static ReportFilter team(Long teamId) {
        return new ReportFilter(teamId, null, DateRange.ALWAYS);
    }
}
