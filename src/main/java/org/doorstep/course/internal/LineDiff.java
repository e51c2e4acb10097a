package org.doorstep.course.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.course.LessonDiff.Kind;
import org.doorstep.course.LessonDiff.Row;

/** Side-by-side rows of a line diff (java-diff-utils' Myers diff), with long unchanged stretches folded. */
public final class LineDiff {

    /** Unchanged lines kept on each side of a change, so the reader sees where it is. */
    static final int CONTEXT = 2;

    private LineDiff() {
    }

    public static List<Row> rows(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> revised = after.lines().toList();
        List<Row> rows = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, revised).getDeltas()) {
            for (; o < delta.getSource().getPosition(); o++, n++) {
                rows.add(new Row(Kind.SAME, o + 1, old.get(o), n + 1, revised.get(n)));
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            for (int i = 0; i < Math.max(removed, added); i++) {
                boolean hasOld = i < removed;
                boolean hasNew = i < added;
                Kind kind = hasOld && hasNew ? Kind.CHANGED : hasOld ? Kind.REMOVED : Kind.ADDED;
                rows.add(new Row(kind, hasOld ? o + i + 1 : 0, hasOld ? old.get(o + i) : "",
                        hasNew ? n + i + 1 : 0, hasNew ? revised.get(n + i) : ""));
            }
            o += removed;
            n += added;
        }
        for (; o < old.size(); o++, n++) {
            rows.add(new Row(Kind.SAME, o + 1, old.get(o), n + 1, revised.get(n)));
        }
        return folded(rows);
    }

    private static List<Row> folded(List<Row> rows) {
        boolean[] near = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() != Kind.SAME) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(rows.size() - 1, i + CONTEXT); j++) {
                    near[j] = true;
                }
            }
        }
        List<Row> shown = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (near[i]) {
                if (skipped > 0) {
                    shown.add(new Row(Kind.SKIPPED, skipped, "", 0, ""));
                    skipped = 0;
                }
                shown.add(rows.get(i));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            shown.add(new Row(Kind.SKIPPED, skipped, "", 0, ""));
        }
        return shown;
    }
}
