package org.doorstep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.doorstep.KaribuTest;
import org.doorstep.base.ui.HomeView;
import org.doorstep.security.LoginThrottledException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void the_login_view_lists_the_four_demo_accounts_and_their_password() {
        navigate("login");
        var shown = _find(Span.class, spec -> spec.withClasses("demo-account")).stream().map(Span::getText).toList();
        assertThat(shown).containsExactly("doorstep-demo", "trainee", "trainer", "manager", "admin");
    }

    @Test
    void a_wrong_password_shows_the_credentials_message() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("bad"));
        navigate("login?error");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownTexts().getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
    }

    @Test
    void a_throttled_sign_in_says_how_long_to_wait_rather_than_blaming_the_password() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(Duration.ofMillis(7_200)));
        navigate("login?error");
        assertThat(_get(LoginView.class).shownTexts().getErrorMessage().getTitle()).isEqualTo("Too many failed attempts");
        assertThat(_get(LoginView.class).shownTexts().getErrorMessage().getMessage())
                .isEqualTo("Signing in is paused after too many failed attempts. Try again in 8 seconds.");
    }

    @Test
    void a_long_pause_is_told_in_whole_minutes_rounded_up() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(Duration.ofSeconds(14 * 60 + 1)));
        navigate("login?error");
        assertThat(_get(LoginView.class).shownTexts().getErrorMessage().getMessage())
                .isEqualTo("Signing in is paused after too many failed attempts. Try again in 15 minutes.");
    }

    @Test
    void the_login_form_posts_to_spring_security_and_shows_no_error_at_first() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void a_signed_in_user_who_opens_the_login_view_goes_home() {
        signInAs("trainee");
        navigate("login");
        assertThat(currentView()).isEqualTo(HomeView.class);
    }
}
