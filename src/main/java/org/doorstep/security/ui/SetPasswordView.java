package org.doorstep.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.doorstep.security.AccountService;
import org.doorstep.security.PasswordLinks;
import org.doorstep.security.PasswordPolicy;
import org.jspecify.annotations.Nullable;

/** Where an invitation or reset link from an administrator leads: the holder chooses a password. */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph greeting = new Paragraph();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button submit = new Button();
    private final FormLayout form = new FormLayout();
    private final PasswordLinks links;
    private final AccountService accounts;
    private String token = "";
    /** Whose link this is; null when the link is not valid (or not read yet). */
    private PasswordLinks.@Nullable Holder holder;

    public SetPasswordView(PasswordLinks links, AccountService accounts) {
        this.links = links;
        this.accounts = accounts;
        addClassName("login-view");
        AccountForms.newPassword(password, "register.password");
        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.addValueChangeListener(change -> checkPassword());
        AccountForms.confirmation(confirmation);
        submit.setText(getTranslation("set-password.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> save());
        submit.addClickShortcut(Key.ENTER);
        form.add(password, confirmation, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Div card = new Div();
        card.addClassName("login-card");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        card.add(brand, greeting, form, new Paragraph(new RouterLink(getTranslation("register.back-to-login"), LoginView.class)));
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        holder = links.holder(token).orElse(null);
        if (holder == null) {
            greeting.setText(getTranslation("set-password.link.invalid"));
            form.setVisible(false);
        } else {
            greeting.setText(getTranslation("set-password.greeting", holder.displayName(), holder.username()));
        }
    }

    private boolean checkPassword() {
        if (holder == null) {
            return false;
        }
        var problem = accounts.passwordProblem(password.getValue(), holder.username(), holder.displayName());
        problem.ifPresentOrElse(key -> AccountForms.invalid(password, getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)),
                () -> password.setInvalid(false));
        return problem.isEmpty();
    }

    private void save() {
        boolean passwordOk = checkPassword();
        if (!confirmation.getValue().equals(password.getValue())) {
            AccountForms.invalid(confirmation, getTranslation("register.confirm.mismatch"));
            return;
        }
        confirmation.setInvalid(false);
        if (!passwordOk) {
            return;
        }
        var problem = links.redeem(token, password.getValue());
        if (problem.isPresent()) {
            AccountForms.invalid(password, getTranslation(problem.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            return;
        }
        AccountForms.doneThenSignIn(this, "set-password.done");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.title");
    }
}
