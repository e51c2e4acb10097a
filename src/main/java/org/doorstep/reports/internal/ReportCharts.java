package org.doorstep.reports.internal;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.reports.PersonProgress;
import org.doorstep.reports.TeamReport;

/** What the PDF's charts count: people per number of lessons completed, and per band of connections reviewed. */
final class ReportCharts {

    private static final String[] REVIEWED = {"no import", "0–24 %", "25–49 %", "50–74 %", "75–99 %", "100 %"};

    private ReportCharts() {
    }

    static List<BarChart.Bar> byLessons(TeamReport report) {
        int lessons = report.people().stream().mapToInt(PersonProgress::lessonsTotal).max().orElse(0);
        int[] people = new int[lessons + 1];
        report.people().forEach(p -> people[Math.min(p.lessonsCompleted(), lessons)]++);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i <= lessons; i++) {
            bars.add(new BarChart.Bar(String.valueOf(i), people[i]));
        }
        return bars;
    }

    static List<BarChart.Bar> byReviewed(TeamReport report) {
        int[] people = new int[REVIEWED.length];
        report.people().forEach(p -> people[band(p)]++);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < REVIEWED.length; i++) {
            bars.add(new BarChart.Bar(REVIEWED[i], people[i]));
        }
        return bars;
    }

    private static int band(PersonProgress p) {
        return p.reviewedPercent().map(percent -> percent == 100 ? 5 : 1 + Math.min(percent, 99) / 25).orElse(0);
    }
}
