package org.doorstep.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;

/**
 * "… removed. Undo" for 10 s, the Undo button focused. It closes when its owner leaves the page (another lesson
 * opened), so an Undo never puts a part into whatever is shown by then.
 */
final class UndoNotice {

    private UndoNotice() {
    }

    static Notification show(Component owner, String text, Runnable undo) {
        Notification note = new Notification();
        note.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        note.setDuration(10_000);
        note.setPosition(Notification.Position.BOTTOM_CENTER);
        Button undoButton = new Button(owner.getTranslation("authoring.form.undo"), click -> {
            note.close();
            undo.run();
        });
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        note.add(new Div(new Span(text), new Text(" "), undoButton));
        Registration closeWithOwner = owner.addDetachListener(detach -> note.close());
        note.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                closeWithOwner.remove();
            }
        });
        note.open();
        undoButton.focus();
        return note;
    }
}
