package org.doorstep.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.doorstep.course.LessonDiff;
import org.doorstep.course.LessonDiff.Kind;
import org.doorstep.course.LessonDiff.Row;

/**
 * The draft beside a published version, line by line: removed lines marked "−" on the left, added "+" on the
 * right, changed ones on both; unchanged stretches folded. Lines are set as text, never as HTML.
 */
class LessonChanges extends Div {

    final Paragraph summary = new Paragraph();
    final Div table = new Div();

    LessonChanges() {
        addClassName("lesson-changes");
        summary.addClassName("lesson-changes-summary");
        table.addClassName("diff-table");
        add(summary, table);
    }

    void show(LessonDiff diff) {
        table.removeAll();
        if (diff.noChanges()) {
            summary.setText(getTranslation("authoring.changes.none", diff.baseVersion()));
            return;
        }
        summary.setText(getTranslation("authoring.changes.summary", diff.baseVersion()));
        table.add(cell("diff-head", ""), cell("diff-head", getTranslation("authoring.changes.published", diff.baseVersion())),
                cell("diff-head", ""), cell("diff-head", getTranslation("authoring.changes.draft")));
        for (Row row : diff.rows()) {
            if (row.kind() == Kind.SKIPPED) {
                Div gap = cell("diff-skipped", getTranslation("authoring.changes.skipped", row.oldNumber()));
                table.add(gap);
                continue;
            }
            String kind = "diff-" + row.kind().name().toLowerCase(Locale.ROOT);
            boolean oldMarked = row.kind() == Kind.REMOVED || row.kind() == Kind.CHANGED;
            boolean newMarked = row.kind() == Kind.ADDED || row.kind() == Kind.CHANGED;
            table.add(cell(kind + " diff-number diff-old-number", number(row.oldNumber(), oldMarked ? "−" : "")),
                    cell(kind + " diff-old", row.oldText()),
                    cell(kind + " diff-number diff-new-number", number(row.newNumber(), newMarked ? "+" : "")),
                    cell(kind + " diff-new", row.newText()));
        }
    }

    private static String number(int line, String mark) {
        return line == 0 ? "" : mark + line;
    }

    private static Div cell(String classes, String text) {
        Div cell = new Div();
        cell.setText(text);
        cell.addClassNames(classes.split(" "));
        return cell;
    }
}
