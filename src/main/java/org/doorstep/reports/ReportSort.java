package org.doorstep.reports;

/**
 * One column of a report's sort order. Whatever is missing ("n/a", no activity yet) counts as the lowest:
 * first ascending, last descending.
 */
public record ReportSort(ReportColumn column, boolean descending) {

    public static ReportSort ascending(ReportColumn column) {
        return new ReportSort(column, false);
    }

    public static ReportSort descending(ReportColumn column) {
        return new ReportSort(column, true);
    }
}
