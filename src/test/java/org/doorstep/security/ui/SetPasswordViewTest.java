package org.doorstep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.TestSignIn;
import org.doorstep.base.Roles;
import org.doorstep.security.PasswordLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The page an invitation or reset link opens: the holder chooses a password once. */
class SetPasswordViewTest extends KaribuTest {

    private Account person;
    private String token;

    @BeforeEach
    void aResetLink() {
        person = TestData.in(context).account("linked", "Lina Linked", Roles.TRAINEE);
        TestSignIn.as(context, "admin");
        token = context.getBean(PasswordLinks.class).issue(person.id(), PasswordLinks.Purpose.RESET).token();
        TestSignIn.out(context);
    }

    @Test
    void the_holder_of_a_live_link_chooses_a_password_and_goes_to_sign_in() {
        navigate("set-password?token=" + token);
        SetPasswordView view = _get(SetPasswordView.class);
        assertThat(view.greeting.getText()).isEqualTo("Choose a password for Lina Linked (username " + person.username() + ").");
        userSets(view.password, "a postcard from the lighthouse");
        userSets(view.confirmation, "a postcard from the lighthouse");
        _click(view.submit);

        assertThat(currentView()).isEqualTo(LoginView.class);
        String hash = context.getBean(JdbcTemplate.class).queryForObject("select password_hash from app_user where id = ?", String.class, person.id());
        assertThat(context.getBean(PasswordEncoder.class).matches("a postcard from the lighthouse", hash)).isTrue();
    }

    @Test
    void a_guessable_password_or_a_mismatch_is_refused_and_the_link_still_works() {
        navigate("set-password?token=" + token);
        SetPasswordView view = _get(SetPasswordView.class);
        userSets(view.password, "qwertyuiop123");
        userSets(view.confirmation, "qwertyuiop123");
        _click(view.submit);
        assertThat(view.password.getErrorMessage()).isEqualTo("This password is too common or too easy to guess. Try a few unrelated words.");

        userSets(view.password, "a postcard from the lighthouse");
        userSets(view.confirmation, "a postcard from the harbour");
        _click(view.submit);
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("The two passwords differ.");
        assertThat(context.getBean(PasswordLinks.class).holder(token)).isPresent();
    }

    @Test
    void an_unknown_link_says_so_and_offers_no_form() {
        navigate("set-password?token=not-a-real-token");
        SetPasswordView view = _get(SetPasswordView.class);
        assertThat(view.greeting.getText()).startsWith("This link does not work");
        assertThat(view.submit.getParent().orElseThrow().isVisible()).isFalse(); // the form
    }
}
