package org.doorstep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.KaribuTest;
import org.doorstep.security.QueuedMail;
import org.doorstep.security.SelfServiceAccounts;
import org.doorstep.security.SelfServiceAccounts.Person;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page the verification mail's link opens, without signing in. */
class VerifyEmailViewTest extends KaribuTest {

    @Test
    void the_link_from_the_mail_verifies_the_address_once() {
        Person person = SelfServiceAccounts.registered(context, "karibu-verify");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String token = QueuedMail.of(jdbc, person.id(), "verify-email").getFirst().token();

        navigate("verify-email?token=" + token);
        assertThat(_get(VerifyEmailView.class).message.getText()).isEqualTo("Thank you: " + person.email() + " is now the address of your account.");
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, person.id())).isEqualTo(person.email());

        navigate("login");
        navigate("verify-email?token=" + token);
        assertThat(_get(VerifyEmailView.class).message.getText()).startsWith("This link does not work");
    }
}
