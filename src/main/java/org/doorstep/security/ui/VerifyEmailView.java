package org.doorstep.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.doorstep.security.EmailVerification;

/** Where the verification mail's link leads: following it makes the address the account's. */
@Route(value = "verify-email", autoLayout = false)
@AnonymousAllowed
public class VerifyEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    private final EmailVerification verification;

    public VerifyEmailView(EmailVerification verification) {
        this.verification = verification;
        addClassName("login-view");
        message.getElement().setAttribute("role", "status");
        Div card = new Div();
        card.addClassName("login-card");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        card.add(brand, message, new Paragraph(new RouterLink(getTranslation("verify-email.continue"), LoginView.class)));
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        EmailVerification.Outcome outcome = verification.verify(token);
        message.setText(outcome.verified() ? getTranslation("verify-email.done", outcome.email())
                : getTranslation(outcome.problemKey()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify-email.title");
    }
}
