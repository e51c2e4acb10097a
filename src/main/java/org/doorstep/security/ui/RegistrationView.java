package org.doorstep.security.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Objects;
import org.doorstep.base.Refusal;
import org.doorstep.base.ui.Refusals;
import org.doorstep.security.AccountService;
import org.doorstep.security.EmailAddresses;
import org.doorstep.security.PasswordPolicy;
import org.doorstep.security.TraineeSignUp;
import org.doorstep.security.Usernames;

/** A trainee creates an account with the join code their trainer gave them. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final TextField joinCode = new TextField();
    final Button submit = new Button();

    private final AccountService accounts;
    private final Map<String, HasValidation> fields;

    public RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        this.fields = Map.of("displayName", displayName, "username", username, "email", email,
                "password", password, "joinCode", joinCode);
        addClassName("login-view");
        label();

        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.addValueChangeListener(change -> checkPassword());
        confirmation.addValueChangeListener(change -> checkConfirmation());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> register());
        submit.addClickShortcut(Key.ENTER);

        FormLayout form = new FormLayout(displayName, username, email, password, confirmation, joinCode, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div card = new Div();
        card.addClassName("login-card");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        Paragraph back = new Paragraph(new RouterLink(getTranslation("register.back-to-login"), LoginView.class));
        card.add(brand, new Paragraph(getTranslation("register.intro")), form, back);
        add(card);
    }

    private void label() {
        displayName.setLabel(getTranslation("register.name"));
        displayName.setMaxLength(Usernames.MAX_DISPLAY_NAME);
        displayName.setAutocomplete(Autocomplete.NAME);
        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.help"));
        username.setMaxLength(40);
        username.setAutocomplete(Autocomplete.USERNAME);
        email.setLabel(getTranslation("register.email"));
        email.setHelperText(getTranslation("register.email.help"));
        email.setMaxLength(EmailAddresses.MAX_LENGTH);
        email.setAutocomplete(Autocomplete.EMAIL);
        AccountForms.newPassword(password, "register.password");
        AccountForms.confirmation(confirmation);
        joinCode.setLabel(getTranslation("register.join-code"));
        joinCode.setHelperText(getTranslation("register.join-code.help"));
        joinCode.setMaxLength(20);
        submit.setText(getTranslation("register.submit"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A join link (/register?code=ABC123) fills the code in.
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(joinCode::setValue);
    }

    private boolean checkPassword() {
        var problem = accounts.passwordProblem(password.getValue(), username.getValue(), displayName.getValue());
        problem.ifPresentOrElse(key -> AccountForms.invalid(password, getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)),
                () -> password.setInvalid(false));
        return problem.isEmpty();
    }

    private boolean checkConfirmation() {
        boolean same = confirmation.getValue().equals(password.getValue());
        if (same) {
            confirmation.setInvalid(false);
        } else {
            AccountForms.invalid(confirmation, getTranslation("register.confirm.mismatch"));
        }
        return same;
    }

    private void register() {
        fields.values().forEach(field -> field.setInvalid(false));
        boolean passwordOk = checkPassword();
        if (!checkConfirmation() || !passwordOk) {
            return;
        }
        try {
            accounts.registerTrainee(new TraineeSignUp(displayName.getValue(), username.getValue(),
                    password.getValue(), joinCode.getValue(), email.getValue()), ClientAddress.current());
        } catch (Refusal refused) {
            var field = Objects.requireNonNull(fields.get(refused.field()), "a refusal names a field of this form");
            AccountForms.invalid(field, Refusals.message(refused));
            ((Focusable<?>) field).focus();
            return;
        }
        signIn();
    }

    /**
     * Signs the newcomer in through the sign-in form's own POST (Spring Security: throttle, new session id), with
     * the password read in the browser, so it never travels back. A taken username gets the same answer as a
     * free one (decision 009); its sign-in then fails, and the login page says to read the mail, as before.
     */
    private void signIn() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginView.JUST_REGISTERED, Boolean.TRUE);
        getElement().executeJs("""
                const form = document.createElement('form');
                form.method = 'POST';
                form.action = 'login';
                const add = (name, value) => {
                    const input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = value;
                    form.appendChild(input);
                };
                add('username', $0);
                add('password', $1.value);
                const parameter = document.querySelector('meta[name="_csrf_parameter"]');
                const token = document.querySelector('meta[name="_csrf"]');
                if (parameter && token) {
                    add(parameter.content, token.content);
                }
                document.body.appendChild(form);
                form.submit();""", username.getValue().strip(), password.getElement());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
