package org.doorstep.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import org.doorstep.workshop.PollResult;
import org.jspecify.annotations.Nullable;

/**
 * The room's written answers as a list, each as plain text; with a moderator given (the trainer), each has a
 * button to hide it from the room or show it again.
 */
class WrittenList extends UnorderedList {

    /** {@code moderator}: hides or shows an answer (the trainer's screen); null where answers are only read. */
    WrittenList(List<PollResult.Written> texts, @Nullable Consumer<PollResult.Written> moderator) {
        addClassName("written-list");
        for (PollResult.Written written : texts) {
            Span text = new Span(written.text());
            ListItem item = new ListItem(text);
            if (written.hidden()) {
                item.addClassName("written-hidden");
            }
            if (moderator != null) {
                Button toggle = new Button(getTranslation(written.hidden() ? "workshop.answer.show" : "workshop.answer.hide"),
                        event -> moderator.accept(written));
                toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(toggle);
            }
            add(item);
        }
    }
}
