package org.doorstep.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.doorstep.base.DatabaseAvailability;
import java.time.Duration;
import org.doorstep.security.DemoAccounts;
import org.doorstep.security.LoginThrottledException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. The form posts to Spring Security; a failure comes back here as ?error. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Set by registration just before it signs the newcomer in; a failure then means "read your mail". */
    static final String JUST_REGISTERED = LoginView.class.getName() + ".justRegistered";

    private final LoginForm form = new LoginForm();
    final RouterLink forgotPassword = new RouterLink();
    private LoginI18n texts;
    private final AuthenticationContext authentication;
    /** The wait a throttled sign-in was told, for its message. */
    private Duration pause = Duration.ZERO;

    public LoginView(AuthenticationContext authentication, DemoAccounts demo) {
        this.authentication = authentication;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false); // a real link instead, below the form
        forgotPassword.setText(getTranslation("login.forgot-password"));
        forgotPassword.setRoute(ForgotPasswordView.class);
        showTexts(null);

        Div card = new Div();
        card.addClassName("login-card");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("tagline");
        Paragraph register = new Paragraph(new Span(getTranslation("login.no-account") + " "),
                new RouterLink(getTranslation("login.register"), RegistrationView.class));
        register.addClassName("register-link");
        Paragraph forgotten = new Paragraph(forgotPassword);
        forgotten.addClassName("forgot-password-link");
        card.add(brand, tagline, form, forgotten, register);
        if (demo.enabled()) {
            card.add(new DemoAccountsPanel());
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            showTexts(lastFailureKey());
            form.setError(true);
        }
    }

    /** Spring Security leaves the failure in the session; it tells a pause from a typo. */
    private String lastFailureKey() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        Object failure = http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (http != null) {
            http.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        boolean registered = http != null && http.getAttribute(JUST_REGISTERED) != null;
        if (registered && http != null) {
            http.removeAttribute(JUST_REGISTERED);
        }
        if (failure instanceof LoginThrottledException throttled) {
            pause = throttled.retryAfter();
            return "login.error.throttled";
        }
        if (failure instanceof DisabledException) {
            return "login.error.disabled";
        }
        if (failure instanceof Throwable error && DatabaseAvailability.isOutage(error)) {
            return "login.error.database";
        }
        return registered ? "login.error.registered" : "login.error.credentials";
    }

    /** {@code errorKey}: the failure to show, or null for none. */
    private void showTexts(@Nullable String errorKey) {
        texts = i18n(errorKey);
        form.setI18n(texts);
    }

    /** The texts the form shows now, error included (the form itself does not reveal them). */
    LoginI18n shownTexts() {
        return texts;
    }

    private LoginI18n i18n(@Nullable String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        if (errorKey != null) {
            LoginI18n.ErrorMessage error = i18n.getErrorMessage();
            error.setTitle(getTranslation(errorKey + ".title"));
            error.setMessage(getTranslation(errorKey, waitInWords(pause)));
        }
        return i18n;
    }

    /** Whole seconds under a minute, else whole minutes; rounded up, so waiting that long is enough. */
    private String waitInWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 60 ? getTranslation("login.wait.seconds", seconds)
                : getTranslation("login.wait.minutes", (seconds + 59) / 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /** Lists the demo accounts; exists only when the embedded demo database runs. */
    private static final class DemoAccountsPanel extends Div {
        DemoAccountsPanel() {
            addClassName("demo-accounts");
            Span password = new Span(DemoAccounts.PASSWORD);
            password.addClassName("demo-account");
            add(new Paragraph(new Span(getTranslation("login.demo.intro") + " "), password));
            Div list = new Div();
            list.addClassName("demo-account-list");
            DemoAccounts.USERNAMES.forEach(username -> {
                Span account = new Span(username);
                account.addClassName("demo-account");
                list.add(account);
            });
            add(list, new Paragraph(getTranslation("login.demo.join-code", DemoAccounts.JOIN_CODE)));
        }
    }
}
