package org.doorstep.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.doorstep.base.Refusal;
import org.doorstep.workshop.SessionRef;
import org.doorstep.workshop.WorkshopService;

/**
 * A planned session's new start and zone. The dialog keeps focus inside and closes on Escape; a problem shows
 * on its field and keeps the dialog open.
 */
class MoveSessionDialog extends Dialog {

    final DateTimePicker startsAt = new DateTimePicker();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Button save = new Button();
    private final WorkshopService workshops;
    private final SessionRef session;
    private final Consumer<SessionRef> moved;

    MoveSessionDialog(WorkshopService workshops, SessionRef session, Consumer<SessionRef> moved) {
        this.workshops = workshops;
        this.session = session;
        this.moved = moved;
        setHeaderTitle(getTranslation("workshops.move.title", session.lessonTitle()));
        startsAt.setLabel(getTranslation("workshops.move.starts"));
        startsAt.setStep(Duration.ofMinutes(15));
        startsAt.setValue(session.startsAt().atZone(session.timeZone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
        SessionFields.zone(timeZone, workshops.timeZones(), session.timeZone().getId());
        add(new Paragraph(getTranslation("workshops.move.text", session.startsAtText())), startsAt, timeZone);
        save.setText(getTranslation("workshops.move.confirm"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        Button keep = new Button(getTranslation("workshops.move.keep"), event -> close());
        getFooter().add(keep, save);
        setCloseOnEsc(true);
    }

    void save() {
        if (startsAt.getValue() == null || timeZone.getValue() == null) {
            SessionFields.problem(startsAt, startsAt.getValue() == null ? "workshop.starts.missing" : null);
            SessionFields.problem(timeZone, timeZone.getValue() == null ? "workshop.zone.unknown" : null);
            return;
        }
        try {
            SessionRef now = workshops.move(session.code(), startsAt.getValue(), timeZone.getValue());
            close();
            moved.accept(now);
        } catch (Refusal problem) {
            // No longer planned (started or cancelled meanwhile): said under the start, where the eye is.
            SessionFields.problem(problem.field().equals("timeZone") ? timeZone : startsAt, problem.messageKey());
        }
    }
}
