package org.doorstep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.doorstep.KaribuTest;
import org.doorstep.security.QueuedMail;
import org.doorstep.security.SelfServiceAccounts;
import org.doorstep.security.SelfServiceAccounts.Person;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Forgot password?": reached from the sign-in page, and the same answer whoever is named. */
class ForgotPasswordViewTest extends KaribuTest {

    private static final String ANSWER = "If an account with a verified address matches, a link is on its way to that address. "
            + "It works once, for one hour. No mail within a few minutes? Check your spam folder, or ask your administrator for a reset link.";

    private String answerFor(String named) {
        navigate("login"); // a fresh form each time, as a new visit would have
        navigate("forgot-password");
        ForgotPasswordView view = _get(ForgotPasswordView.class);
        view.account.setValue(named);
        _click(view.submit);
        assertThat(view.account.isVisible() && view.account.getParent().orElseThrow().isVisible()).isFalse();
        return view.answer.getText();
    }

    @Test
    void the_sign_in_page_links_to_it() {
        navigate("login");
        LoginView login = _get(LoginView.class);
        assertThat(login.forgotPassword.getText()).isEqualTo("Forgot password?");
        assertThat(login.forgotPassword.getHref()).isEqualTo("forgot-password");
    }

    @Test
    void an_existing_account_and_nobody_get_the_same_answer_and_only_the_account_a_mail() {
        Person person = SelfServiceAccounts.verified(context, "karibu-forgot");

        assertThat(answerFor(person.username())).isEqualTo(ANSWER);
        assertThat(answerFor("nobody-" + UUID.randomUUID())).isEqualTo(ANSWER);
        assertThat(QueuedMail.of(context.getBean(JdbcTemplate.class), person.id(), "password-forgotten")).hasSize(1);
        assertThat(_get(ForgotPasswordView.class).getPageTitle()).isEqualTo("Forgot password");
    }

    @Test
    void an_empty_name_is_asked_for_and_nothing_is_answered() {
        navigate("forgot-password");
        ForgotPasswordView view = _get(ForgotPasswordView.class);
        _click(view.submit);
        assertThat(view.account.isInvalid()).isTrue();
        assertThat(view.account.getErrorMessage()).isEqualTo("Enter your username or e-mail address.");
        assertThat(view.answer.isVisible()).isFalse();
    }
}
