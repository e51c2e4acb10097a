package org.doorstep.course.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts a YAML text area's cursor on a given "- id:" line and scrolls it into view (the caret lives in the browser). */
final class TextCursor {

    private TextCursor() {
    }

    /** False when no line of the text declares that id. */
    static boolean toIdLine(TextArea area, String id) {
        String text = area.getValue();
        Matcher line = Pattern.compile("^\\s*-\\s*id:\\s*['\"]?" + Pattern.quote(id) + "['\"]?\\s*$", Pattern.MULTILINE)
                .matcher(text);
        if (!line.find()) {
            return false;
        }
        long lineIndex = text.substring(0, line.start()).lines().count();
        area.getElement().executeJs("""
                const text = this.inputElement;
                text.focus();
                text.setSelectionRange($0, $1);
                const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
                const top = Math.max(0, $2 * lineHeight - 60);
                text.scrollTop = top;
                const field = this.shadowRoot && this.shadowRoot.querySelector('[part="input-field"]');
                if (field) { field.scrollTop = top; }
                text.scrollIntoView({block: 'nearest'});""", line.start(), line.end(), (int) lineIndex);
        return true;
    }
}
