package org.doorstep.exercise.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.doorstep.base.Formats;
import org.doorstep.exercise.ConnectionRow;

/** What LinkedIn's export says about the person, one line each, as text (an invitation's note is theirs). */
class EvidenceList extends Div {

    final UnorderedList lines = new UnorderedList();
    private final EvidenceWords words;

    EvidenceList(Formats formats, boolean titled) {
        this.words = new EvidenceWords(this, formats);
        addClassName("evidence");
        if (titled) {
            Span title = new Span(getTranslation("exercise.evidence.title"));
            title.addClassName("evidence-title");
            add(title);
        }
        lines.addClassName("evidence-lines");
        add(lines);
    }

    void show(ConnectionRow row) {
        lines.removeAll();
        if (row != null) {
            words.lines(row).forEach(line -> lines.add(new ListItem(line)));
        }
    }

    String text() {
        return String.join("\n", lines.getChildren().map(item -> ((ListItem) item).getText()).toList());
    }
}
