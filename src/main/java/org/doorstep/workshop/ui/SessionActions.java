package org.doorstep.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import org.doorstep.workshop.SessionRef;

/**
 * A session's row actions: a planned one can be presented, moved or cancelled, a live one presented, an
 * ended one summed up; a cancelled one has none. Each button names its session for screen readers.
 */
class SessionActions extends Div {

    SessionActions(SessionRef session, Runnable move, Runnable cancel) {
        addClassName("session-actions");
        String which = getTranslation("workshops.session.name", session.lessonTitle(), session.startsAtText());
        switch (session.state()) {
            case SCHEDULED -> {
                add(present(session));
                add(button("workshops.move", "workshops.move.label", which, move));
                Button call = button("workshops.cancel", "workshops.cancel.label", which, cancel);
                call.addThemeVariants(ButtonVariant.LUMO_ERROR);
                add(call);
            }
            case LIVE -> add(present(session));
            case ENDED -> add(new RouterLink(getTranslation("workshops.summary"), SummaryView.class,
                    RoomView.parameters(session.code())));
            case CANCELLED -> { }
        }
    }

    private RouterLink present(SessionRef session) {
        return new RouterLink(getTranslation("workshops.present"), PresenterView.class, RoomView.parameters(session.code()));
    }

    private Button button(String textKey, String labelKey, String which, Runnable action) {
        Button button = new Button(getTranslation(textKey), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(labelKey, which));
        return button;
    }
}
