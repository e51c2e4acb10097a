package org.doorstep.reports;

import org.doorstep.base.DateRange;

/** Which of a manager's people a report covers (one team or all, one cohort or any) and the dates it counts. */
public record ReportFilter(Long teamId, Long cohortId, DateRange dates) {

    /** All my teams, any cohort, all time. */
    public static final ReportFilter ALL = new ReportFilter(null, null, DateRange.ALWAYS);

    public ReportFilter {
        dates = dates == null ? DateRange.ALWAYS : dates;
    }

    public static ReportFilter team(Long teamId) {
        return new ReportFilter(teamId, null, DateRange.ALWAYS);
    }
}
