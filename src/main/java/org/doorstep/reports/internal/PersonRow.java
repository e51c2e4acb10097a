package org.doorstep.reports.internal;

import java.util.List;
import java.util.Locale;
import org.doorstep.base.Formats;
import org.doorstep.reports.PersonProgress;

/** One person's cells in the PDF's table, in the order of its columns. */
final class PersonRow {

    private PersonRow() {
    }

    static List<String> cells(PersonProgress p, Formats formats) {
        return List.of(p.name(), p.team(), yesNo(p.enrolled()), p.lessonsCompleted() + " / " + p.lessonsTotal(),
                yesNo(p.completedCourse()), p.lastActivity() == null ? "—" : formats.day(p.lastActivity()),
                p.reviewedPercent().map(v -> v + " %").orElse("n/a"), String.valueOf(p.removed()), yesNo(p.baseline()),
                p.profileViewRatio().map(v -> String.format(Locale.ENGLISH, "× %.2f", v)).orElse("n/a"),
                String.valueOf(p.overdueFollowUps()), p.lastResultEntry() == null ? "—" : formats.day(p.lastResultEntry()));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
