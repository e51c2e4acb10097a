package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.doorstep.TestSignIn;
import org.doorstep.base.Refusal;
import org.doorstep.security.SelfServiceAccounts.Person;
import org.doorstep.security.SelfServiceTestConfiguration.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Addresses proved by a link in a mail: read back from the outbox, followed once, until it expires. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SelfServiceTestConfiguration.class)
@ActiveProfiles("test")
class EmailVerificationIT {

    private static final String CLIENT = "203.0.113.20";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmailVerification verification;
    @Autowired
    AccountSettings settings;
    @Autowired
    MailRecipients recipients;
    @Autowired
    TestClock clock;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private String storedEmail(long id) {
        return jdbc.queryForObject("select email from app_user where id = ?", String.class, id);
    }

    @Test
    void registering_queues_a_mail_to_the_address_whose_link_verifies_it_once() {
        Person person = SelfServiceAccounts.registered(context, "vera");

        var mails = QueuedMail.of(jdbc, person.id(), "verify-email");
        assertThat(mails).hasSize(1);
        QueuedMail mail = mails.getFirst();
        assertThat(mail.recipient()).isEqualTo(person.email());
        assertThat(mail.subject()).isEqualTo("Confirm your e-mail address for Doorstep");
        assertThat(mail.text()).startsWith("Hello Vera Verified,\n\nplease confirm that " + person.email() + " is your address");
        assertThat(mail.link()).startsWith("http://localhost:" + port + "/verify-email?token=");
        assertThat(mail.token()).hasSize(43);
        assertThat(storedEmail(person.id())).isNull();
        assertThat(recipients.verified(person.id())).isEmpty();

        var outcome = verification.verify(mail.token());
        assertThat(outcome.verified()).isTrue();
        assertThat(outcome.email()).isEqualTo(person.email());
        assertThat(storedEmail(person.id())).isEqualTo(person.email());
        assertThat(recipients.verified(person.id())).hasValueSatisfying(r -> assertThat(r.email()).isEqualTo(person.email()));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EMAIL_VERIFIED' and subject_user_id = ?",
                Integer.class, person.id())).isEqualTo(1);

        var again = verification.verify(mail.token());
        assertThat(again.verified()).isFalse();
        assertThat(again.problemKey()).isEqualTo("verify-email.invalid");
    }

    @Test
    void only_the_tokens_hash_is_stored() {
        Person person = SelfServiceAccounts.registered(context, "hash");
        String token = QueuedMail.of(jdbc, person.id(), "verify-email").getFirst().token();
        String stored = jdbc.queryForObject("select token_hash from email_verification where user_id = ?", String.class, person.id());
        assertThat(stored).hasSize(64).doesNotContain(token);
    }

    @Test
    void a_link_followed_after_24_hours_does_not_verify_the_address() {
        Person person = SelfServiceAccounts.registered(context, "late");
        String token = QueuedMail.of(jdbc, person.id(), "verify-email").getFirst().token();

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(verification.verify(token).verified()).isFalse();
        assertThat(storedEmail(person.id())).isNull();
    }

    @Test
    void a_link_followed_within_24_hours_still_works() {
        Person person = SelfServiceAccounts.registered(context, "prompt");
        String token = QueuedMail.of(jdbc, person.id(), "verify-email").getFirst().token();

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(verification.verify(token).verified()).isTrue();
    }

    @Test
    void a_new_address_waits_for_its_link_while_mail_still_goes_to_the_verified_one() {
        Person person = SelfServiceAccounts.verified(context, "mover");
        String newAddress = "Moved." + person.username() + "@Example.org";
        TestSignIn.as(context, person.username());

        assertThat(settings.changeEmail(newAddress, TestSignIn.PASSWORD, CLIENT)).isEmpty();
        assertThat(settings.mine().email()).isEqualTo(person.email());
        assertThat(settings.mine().pendingEmail()).isEqualTo(newAddress);
        assertThat(recipients.verified(person.id())).hasValueSatisfying(r -> assertThat(r.email()).isEqualTo(person.email()));
        QueuedMail mail = QueuedMail.of(jdbc, person.id(), "verify-email").getLast();
        assertThat(mail.recipient()).isEqualTo(newAddress);

        assertThat(verification.verify(mail.token()).verified()).isTrue();
        assertThat(settings.mine().email()).isEqualTo(newAddress);
        QueuedMail notice = QueuedMail.of(jdbc, person.id(), "email-changed-by-you").getFirst();
        assertThat(notice.recipient()).isEqualTo(person.email());
        assertThat(notice.subject()).isEqualTo("The e-mail address of your Doorstep account changed");
        assertThat(notice.text()).contains("your Doorstep account " + person.username() + " is now " + newAddress + ".");
        assertThat(settings.mine().pendingEmail()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EMAIL_CHANGE_REQUESTED' and subject_user_id = ?",
                Integer.class, person.id())).isEqualTo(1);
    }

    @Test
    void a_new_address_needs_the_current_password() {
        Person person = SelfServiceAccounts.verified(context, "borrowed");
        TestSignIn.as(context, person.username());
        int mails = QueuedMail.of(jdbc, person.id(), "verify-email").size();

        assertThat(settings.changeEmail("thief@example.net", "a guess at the password", CLIENT)).contains("settings.password.current-wrong");
        assertThat(settings.mine().pendingEmail()).isNull();
        assertThat(QueuedMail.of(jdbc, person.id(), "verify-email")).hasSize(mails);
    }

    @Test
    void a_newer_link_replaces_an_older_one() {
        Person person = SelfServiceAccounts.verified(context, "twice");
        TestSignIn.as(context, person.username());
        settings.changeEmail("first." + person.email(), TestSignIn.PASSWORD, CLIENT);
        settings.changeEmail("second." + person.email(), TestSignIn.PASSWORD, CLIENT);
        var mails = QueuedMail.of(jdbc, person.id(), "verify-email");
        String older = mails.get(mails.size() - 2).token();
        String newer = mails.getLast().token();

        assertThat(verification.verify(older).verified()).isFalse();
        assertThat(verification.verify(newer).email()).isEqualTo("second." + person.email());
    }

    @Test
    void an_address_another_account_uses_is_refused_whatever_its_case() {
        Person first = SelfServiceAccounts.verified(context, "first");
        String shouted = first.email().toUpperCase();
        String username = "second-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> context.getBean(AccountService.class).registerTrainee(
                new TraineeSignUp("Second", username, TestSignIn.PASSWORD, DemoAccounts.JOIN_CODE, shouted)))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> {
                    assertThat(((Refusal) e).field()).isEqualTo("email");
                    assertThat(((Refusal) e).messageKey()).isEqualTo("email.taken");
                });
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username)).isZero();

        Person other = SelfServiceAccounts.verified(context, "other");
        TestSignIn.as(context, other.username());
        assertThat(settings.changeEmail(shouted, TestSignIn.PASSWORD, CLIENT)).contains("email.taken");
    }

    @Test
    void an_address_verified_by_another_account_meanwhile_is_not_taken_over_by_a_link() {
        Person first = SelfServiceAccounts.registered(context, "race-a");
        Person second = SelfServiceAccounts.verified(context, "race-b");
        TestSignIn.as(context, second.username());
        settings.changeEmail(first.email(), TestSignIn.PASSWORD, CLIENT);
        String secondsLink = QueuedMail.of(jdbc, second.id(), "verify-email").getLast().token();

        assertThat(verification.verify(QueuedMail.of(jdbc, first.id(), "verify-email").getFirst().token()).verified()).isTrue();
        var outcome = verification.verify(secondsLink);
        assertThat(outcome.verified()).isFalse();
        assertThat(outcome.problemKey()).isEqualTo("email.taken");
        assertThat(storedEmail(second.id())).isEqualTo(second.email());
    }

    @Test
    void registration_refuses_something_that_is_not_one_address() {
        for (String wrong : new String[] {"", "no-at-sign", "two@@example.com", "Name <name@example.com>", "a@b", "a@example.com, b@example.com"}) {
            assertThatThrownBy(() -> context.getBean(AccountService.class).registerTrainee(new TraineeSignUp("Wrong",
                    "wrong-" + UUID.randomUUID().toString().substring(0, 8), TestSignIn.PASSWORD, DemoAccounts.JOIN_CODE, wrong)))
                    .as(wrong).isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("email.invalid");
        }
    }
}
