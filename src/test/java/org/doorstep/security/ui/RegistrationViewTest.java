package org.doorstep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.doorstep.KaribuTest;
import org.doorstep.security.DemoAccounts;
import org.doorstep.security.QueuedMail;
import org.doorstep.security.internal.UserAccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RegistrationViewTest extends KaribuTest {

    @Autowired
    UserAccountRepository accounts;

    private RegistrationView view;

    @BeforeEach
    void open() {
        navigate("register");
        view = _get(RegistrationView.class);
    }

    private void fill(String username, String password, String confirmation, String code) {
        view.displayName.setValue("Rita Registrant");
        view.username.setValue(username);
        view.email.setValue(username.replace(' ', '.') + "@example.com");
        view.password.setValue(password);
        view.confirmation.setValue(confirmation);
        view.joinCode.setValue(code);
    }

    private static String uniqueName() {
        return "rita-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_trainee_with_the_cohort_code_gets_an_account_and_is_signed_in_by_the_sign_in_form() {
        String username = uniqueName();
        fill(username, "kettle on the doorstep at noon", "kettle on the doorstep at noon", "cuppa-742");
        _click(view.submit);

        assertThat(accounts.findByUsername(username)).isPresent();
        assertThat(signInIsSubmitted()).as("the sign-in POST is sent from the page").isTrue();
    }

    @Test
    void an_unknown_join_code_is_refused_on_the_code_field() {
        fill(uniqueName(), "kettle on the doorstep at noon", "kettle on the doorstep at noon", "NOPE99");
        _click(view.submit);

        assertThat(view.joinCode.isInvalid()).isTrue();
        assertThat(view.joinCode.getErrorMessage()).isEqualTo("No cohort has that join code. Check it with your trainer.");
        assertThat(currentView()).isEqualTo(RegistrationView.class);
    }

    @Test
    void a_common_password_is_refused_with_advice() {
        String username = uniqueName();
        fill(username, "password1234", "password1234", DemoAccounts.JOIN_CODE);
        _click(view.submit);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("This password is too common");
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void a_short_password_is_refused_with_the_minimum_length() {
        fill(uniqueName(), "short", "short", DemoAccounts.JOIN_CODE);
        _click(view.submit);
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
    }

    @Test
    void two_different_passwords_are_refused() {
        fill(uniqueName(), "kettle on the doorstep at noon", "kettle on the doorstep at one", DemoAccounts.JOIN_CODE);
        _click(view.submit);
        assertThat(view.confirmation.isInvalid()).isTrue();
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("The two passwords differ.");
    }

    @Test
    void a_taken_username_answers_as_a_free_one_would_so_the_page_tells_nobody_it_exists() {
        fill("TRAINEE", "kettle on the doorstep at noon", "kettle on the doorstep at noon", DemoAccounts.JOIN_CODE);
        _click(view.submit);
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(signInIsSubmitted()).as("the sign-in POST is sent from the page").isTrue();
    }

    @Test
    void a_username_with_spaces_is_refused_with_the_rule() {
        fill("rita r", "kettle on the doorstep at noon", "kettle on the doorstep at noon", DemoAccounts.JOIN_CODE);
        _click(view.submit);
        assertThat(view.username.getErrorMessage()).startsWith("Use 3 to 40 characters");
    }

    @Test
    void registering_sends_a_link_to_the_address_given() {
        String username = uniqueName();
        fill(username, "kettle on the doorstep at noon", "kettle on the doorstep at noon", DemoAccounts.JOIN_CODE);
        _click(view.submit);

        long id = accounts.findByUsername(username).orElseThrow().getId();
        var mails = QueuedMail.of(context.getBean(JdbcTemplate.class), id, "verify-email");
        assertThat(mails).extracting(QueuedMail::recipient).containsExactly(username + "@example.com");
        assertThat(view.email.getLabel()).isEqualTo("E-mail address");
    }

    @Test
    void an_invalid_address_is_refused_on_the_email_field() {
        String username = uniqueName();
        fill(username, "kettle on the doorstep at noon", "kettle on the doorstep at noon", DemoAccounts.JOIN_CODE);
        view.email.setValue("rita at example dot com");
        _click(view.submit);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter one e-mail address, such as name@example.com.");
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void a_missing_address_is_refused_on_the_email_field() {
        fill(uniqueName(), "kettle on the doorstep at noon", "kettle on the doorstep at noon", DemoAccounts.JOIN_CODE);
        view.email.setValue("");
        _click(view.submit);
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter one e-mail address, such as name@example.com.");
    }

    @Test
    void a_join_link_fills_in_the_code() {
        navigate("register?code=CUPPA742");
        assertThat(_get(RegistrationView.class).joinCode.getValue()).isEqualTo("CUPPA742");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Join code")).getValue()).isEqualTo("CUPPA742");
    }

    /** The page posts the sign-in form itself (Karibu runs no JavaScript: the queued call is what it sends). */
    private static boolean signInIsSubmitted() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        // An element's calls join the UI's queue just before the response would be written.
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        boolean posted = ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(call -> call.getInvocation().getExpression().contains("form.action = 'login'"));
        return posted && ui.getSession().getSession().getAttribute(LoginView.JUST_REGISTERED) != null;
    }
}
