package org.doorstep.workshop.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Refusals;
import org.doorstep.workshop.RoomService;
import org.doorstep.workshop.SessionRef;

/** Where a trainee types the code the trainer shows (or follows the join link) and enters the room. */
@Route("workshop/join")
@Menu(order = 5, icon = "vaadin:group", title = "nav.workshop-join")
@RolesAllowed(Roles.TRAINEE)
public class JoinWorkshopView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField code = new TextField();
    final Button join = new Button();
    final Div open = new Div();
    private final RoomService rooms;

    public JoinWorkshopView(RoomService rooms) {
        this.rooms = rooms;
        addClassName("join-view");
        code.setLabel(getTranslation("workshop.join.code"));
        code.setHelperText(getTranslation("workshop.join.code.help"));
        code.setMaxLength(12);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        join.setText(getTranslation("workshop.join.button"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(event -> joinWith(code.getValue()));
        Div form = new Div(code, join);
        form.addClassName("join-form");
        add(new H2(getTranslation("nav.workshop-join")), new Paragraph(getTranslation("workshop.join.intro")), form, open);
        showOpenSessions();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The join link (/workshop/join?code=ABC234) fills the code in; the trainee still presses Join.
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    void joinWith(String typed) {
        try {
            SessionRef session = rooms.join(typed);
            getUI().ifPresent(ui -> ui.navigate(RoomView.class, RoomView.parameters(session.code())));
        } catch (Refusal problem) {
            code.setInvalid(true);
            code.setErrorMessage(Refusals.message(problem));
        }
    }

    private void showOpenSessions() {
        List<SessionRef> sessions = rooms.openSessions();
        if (sessions.isEmpty()) {
            return;
        }
        open.add(new H3(getTranslation("workshop.join.yours")));
        for (SessionRef session : sessions) {
            Span what = new Span(getTranslation("workshop.join.session", session.lessonTitle(), session.cohortName(),
                    session.startsAtText()));
            Button enter = new Button(getTranslation("workshop.join.enter"), event -> joinWith(session.code()));
            enter.getElement().setAttribute("aria-label", getTranslation("workshop.join.enter.label", session.lessonTitle()));
            Div row = new Div(what, enter);
            row.addClassName("join-session");
            open.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workshop-join");
    }
}
