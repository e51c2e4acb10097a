package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorstep.TestSignIn;
import org.doorstep.admin.UserAdministration;
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

/** "Forgot password?" against PostgreSQL: who gets a link, how often, and how long it works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SelfServiceTestConfiguration.class)
@ActiveProfiles("test")
class ForgotPasswordIT {

    private static final String NEW_PASSWORD = "a lantern at the garden gate";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ForgotPassword forgotPassword;
    @Autowired
    PasswordLinks links;
    @Autowired
    TestClock clock;

    private Person person;
    private String client;

    @BeforeEach
    void aVerifiedAccountAndAClientOfItsOwn() {
        clock.reset();
        person = SelfServiceAccounts.verified(context, "forgetful");
        client = newClient();
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private static String newClient() {
        return "198.51.100." + UUID.randomUUID().toString().substring(0, 6);
    }

    private List<QueuedMail> linksSent() {
        return QueuedMail.of(jdbc, person.id(), "password-forgotten");
    }

    @Test
    void a_verified_active_account_gets_a_link_by_mail_that_sets_the_password_once() {
        forgotPassword.request(person.username(), client);

        assertThat(linksSent()).hasSize(1);
        QueuedMail mail = linksSent().getFirst();
        assertThat(mail.recipient()).isEqualTo(person.email());
        assertThat(mail.subject()).isEqualTo("Choose a new Doorstep password");
        assertThat(mail.text()).contains("your Doorstep account " + person.username() + ". Open this link within 60 minutes");
        assertThat(mail.link()).startsWith("http://localhost:" + port + "/set-password?token=");
        assertThat(links.holder(mail.token())).hasValueSatisfying(holder -> assertThat(holder.purpose()).isEqualTo(PasswordLinks.Purpose.FORGOTTEN));
        assertThat(jdbc.queryForObject("select token_hash from password_link where user_id = ?", String.class, person.id()))
                .hasSize(64).isNotEqualTo(mail.token());

        assertThat(links.redeem(mail.token(), NEW_PASSWORD)).isEmpty();
        assertThat(links.redeem(mail.token(), NEW_PASSWORD)).contains("set-password.link.invalid");
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'PASSWORD_SET_WITH_LINK' and subject_user_id = ?",
                String.class, person.id())).isEqualTo("Password chosen with a forgotten-password link");
    }

    @Test
    void the_address_names_the_account_too_whatever_its_case() {
        forgotPassword.request("  " + person.email().toUpperCase() + " ", client);
        assertThat(linksSent()).hasSize(1);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'PASSWORD_FORGOTTEN' and subject_user_id = ?",
                String.class, person.id())).isEqualTo("Forgotten-password link sent to the verified address");
    }

    @Test
    void the_link_lasts_one_hour() {
        assertThat(PasswordLinks.Purpose.FORGOTTEN.lifetime()).isEqualTo(Duration.ofHours(1));
        forgotPassword.request(person.username(), client);
        String token = linksSent().getFirst().token();

        clock.advance(Duration.ofMinutes(61));
        assertThat(links.holder(token)).isEmpty();
        assertThat(links.redeem(token, NEW_PASSWORD)).contains("set-password.link.invalid");
    }

    @Test
    void the_link_still_works_just_before_the_hour_is_up() {
        forgotPassword.request(person.username(), client);
        clock.advance(Duration.ofMinutes(59));
        assertThat(links.redeem(linksSent().getFirst().token(), NEW_PASSWORD)).isEmpty();
    }

    @Test
    void nothing_is_sent_for_an_unknown_name_an_unverified_address_or_a_deactivated_account() {
        long mailsBefore = jdbc.queryForObject("select count(*) from mail_outbox where kind = 'password-forgotten'", Long.class);
        forgotPassword.request("nobody-" + UUID.randomUUID(), client);
        forgotPassword.request("nobody@example.com", client);
        Person unverified = SelfServiceAccounts.registered(context, "unverified");
        forgotPassword.request(unverified.username(), client);
        forgotPassword.request(unverified.email(), client);
        TestSignIn.as(context, "admin");
        context.getBean(UserAdministration.class).deactivate(person.id());
        TestSignIn.out(context);
        forgotPassword.request(person.username(), client);

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'password-forgotten'", Long.class)).isEqualTo(mailsBefore);
        assertThat(jdbc.queryForObject("select count(*) from password_link where user_id in (?, ?)", Integer.class, person.id(), unverified.id())).isZero();
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'PASSWORD_FORGOTTEN' and subject_user_id = ?",
                String.class, person.id())).isEqualTo("Forgotten-password request for a deactivated account: nothing sent");
    }

    @Test
    void an_account_gets_at_most_three_links_an_hour_from_any_number_of_clients() {
        for (int i = 0; i < 4; i++) {
            forgotPassword.request(person.username(), newClient());
        }
        assertThat(linksSent()).hasSize(3);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'PASSWORD_FORGOTTEN' and subject_user_id = ? "
                + "order by id desc limit 1", String.class, person.id())).isEqualTo("Forgotten-password link held back: 3 sent within 60 minutes");

        clock.advance(Duration.ofMinutes(61));
        forgotPassword.request(person.username(), newClient());
        assertThat(linksSent()).hasSize(4);
    }

    @Test
    void a_client_gets_ten_answers_a_quarter_hour_and_then_nothing_is_sent_for_it() {
        for (int i = 0; i < 10; i++) {
            forgotPassword.request("nobody-" + i, client);
        }
        forgotPassword.request(person.username(), client);
        assertThat(linksSent()).isEmpty();

        forgotPassword.request(person.username(), newClient());
        assertThat(linksSent()).hasSize(1);

        clock.advance(Duration.ofMinutes(16));
        forgotPassword.request(person.username(), client);
        assertThat(linksSent()).hasSize(2);
    }

    @Test
    void requests_at_the_same_moment_cannot_slip_past_the_limit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                requests.add(pool.submit(() -> forgotPassword.request(person.username(), newClient())));
            }
            for (Future<?> request : requests) {
                request.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(linksSent()).hasSize(3);
    }

    @Test
    void an_answer_takes_as_long_whether_or_not_the_account_exists() {
        forgotPassword.request(person.username(), newClient()); // warms up the path that sends
        forgotPassword.request("nobody-" + UUID.randomUUID(), newClient());
        long known = timed(() -> forgotPassword.request(person.username(), newClient()));
        long unknown = timed(() -> forgotPassword.request("nobody-" + UUID.randomUUID(), newClient()));
        assertThat(known).isGreaterThanOrEqualTo(400);
        assertThat(unknown).isGreaterThanOrEqualTo(400);
        assertThat(Math.abs(known - unknown)).isLessThan(200);
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
