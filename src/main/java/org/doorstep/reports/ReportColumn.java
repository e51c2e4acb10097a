package org.doorstep.reports;

/** The report's columns a grid may sort people by; ties keep the team directory's order (name, then id). */
public enum ReportColumn {
    PERSON, TEAM, ENROLLED, LESSONS, LAST_ACTIVITY, REVIEWED, REMOVED, BASELINE, RATIO, OVERDUE, LAST_ENTRY;

    /** Sorting by these needs nothing but who is in the report, so a page can be chosen before counting. */
    public boolean ofTheDirectory() {
        return this == PERSON || this == TEAM || this == ENROLLED;
    }
}
