package org.doorstep.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.doorstep.security.ForgotPassword;

/** "Forgot password?": a username or address in, the same answer out, whatever the account (or none). */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    final Paragraph intro = new Paragraph();
    final TextField account = new TextField();
    final Button submit = new Button();
    final Paragraph answer = new Paragraph();
    private final FormLayout form = new FormLayout();

    public ForgotPasswordView(ForgotPassword forgotPassword) {
        addClassName("login-view");
        intro.setText(getTranslation("forgot-password.intro"));
        account.setLabel(getTranslation("forgot-password.account"));
        account.setMaxLength(254);
        account.setAutocomplete(Autocomplete.USERNAME);
        account.setAutofocus(true);
        submit.setText(getTranslation("forgot-password.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> {
            if (account.getValue().isBlank()) {
                AccountForms.invalid(account, getTranslation("forgot-password.account.required"));
                return;
            }
            forgotPassword.request(account.getValue(), ClientAddress.current());
            form.setVisible(false);
            intro.setVisible(false);
            answer.setText(getTranslation("forgot-password.answer"));
            answer.setVisible(true);
        });
        form.add(account, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        answer.setVisible(false);
        answer.getElement().setAttribute("role", "status");

        Div card = new Div();
        card.addClassName("login-card");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        card.add(brand, intro, form, answer, new Paragraph(new RouterLink(getTranslation("register.back-to-login"), LoginView.class)));
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot-password.title");
    }
}
