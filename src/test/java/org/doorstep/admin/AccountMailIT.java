package org.doorstep.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.TestSignIn;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.security.PasswordLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * With mail delivery configured, an administrator never learns a credential: invitations and reset links go
 * to the person by mail, and every change of their password, roles or address is told to their verified
 * address. Reads the queued mail in mail_outbox (nothing is sent here: a worker does that).
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=2"})
@ActiveProfiles("test")
class AccountMailIT {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/set-password\\?token=([A-Za-z0-9_-]{43})");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    PasswordLinks links;

    private String unique;

    @BeforeEach
    void asAdministrator() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        TestSignIn.as(context, "admin");
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private CreatedUser invite(String name, String username, String email, String password) {
        return users.create(new NewUser(name, username, email, TestData.in(context).demoOrganisation().id(), Set.of(Roles.TRAINEE),
                Set.of(), Set.of(), password));
    }

    private List<Map<String, Object>> mailTo(long userId) {
        return jdbc.queryForList("select recipient, kind, subject, body_text from mail_outbox where recipient_user_id = ? order by id", userId);
    }

    /** An account whose address the person proved, as notices need. */
    private Account verified(String prefix, String name, String email) {
        Account person = TestData.in(context).account(prefix, name, Roles.TRAINER);
        jdbc.update("update app_user set email = ?, email_verified_at = now() where id = ?", email, person.id());
        return person;
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }

    @Test
    void an_invitation_goes_by_mail_and_its_link_works_once_and_proves_the_address() {
        String email = "ines." + unique + "@example.com";
        CreatedUser created = invite("Ines Invited", "ines-" + unique, email, null);

        PasswordLink link = created.invitation().orElseThrow();
        assertThat(link.mailed()).isTrue();
        assertThat(link.url()).isNull();
        assertThat(link.sentTo()).isEqualTo("i…@example.com");
        Map<String, Object> mail = mailTo(created.id()).getFirst();
        assertThat(mail).containsEntry("recipient", email).containsEntry("kind", "invitation")
                .containsEntry("subject", "Your Doorstep account is ready");
        String body = (String) mail.get("body_text");
        assertThat(body).startsWith("Hello Ines Invited,\n\nan administrator created a Doorstep account for you (username ines-" + unique + ").");
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'USER_CREATED' and subject_user_id = ?",
                String.class, created.id())).endsWith("; invitation link issued; mailed to the address given");

        TestSignIn.out(context);
        String token = token(body);
        assertThat(links.redeem(token, "a lantern on the quay at dusk")).isEmpty();
        assertThat(links.redeem(token, "a lantern on the quay at dusk")).contains("set-password.link.invalid");
        assertThat(jdbc.queryForObject("select email_verified_at is not null from app_user where id = ?", Boolean.class, created.id())).isTrue();
    }

    @Test
    void an_invitation_link_that_expired_is_refused() {
        CreatedUser created = invite("Ed Expired", "ed-" + unique, "ed." + unique + "@example.com", null);
        String token = token((String) mailTo(created.id()).getFirst().get("body_text"));
        jdbc.update("update password_link set expires_at = now() - interval '1 minute' where user_id = ?", created.id());
        TestSignIn.out(context);
        assertThat(links.redeem(token, "a lantern on the quay at dusk")).contains("set-password.link.invalid");
        assertThat(jdbc.queryForObject("select email_verified_at is null from app_user where id = ?", Boolean.class, created.id())).isTrue();
    }

    @Test
    void the_address_is_required_must_be_an_address_and_is_unique_whatever_its_case() {
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        assertThatThrownBy(() -> invite("No Mail", "nomail-" + unique, "  ", null)).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).field()).isEqualTo("email"))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("account.email.required");
        assertThatThrownBy(() -> invite("Bad Mail", "badmail-" + unique, "Ann <ann@example.com>", null))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("account.email.invalid");
        invite("First Owner", "owner-" + unique, "owner." + unique + "@example.com", null);
        assertThatThrownBy(() -> invite("Second Owner", "owner2-" + unique, "OWNER." + unique.toUpperCase() + "@Example.COM", null))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("account.email.taken");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before + 1);
    }

    @Test
    void an_initial_password_must_be_changed_after_signing_in_and_the_mail_says_so_without_the_password() {
        CreatedUser created = invite("Pia Password", "pia-" + unique, "pia." + unique + "@example.com", "a quiet pier at low tide");

        assertThat(created.invitation()).isEmpty();
        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, created.id())).isTrue();
        Map<String, Object> mail = mailTo(created.id()).getFirst();
        assertThat(mail).containsEntry("kind", "account-created").containsEntry("recipient", "pia." + unique + "@example.com");
        assertThat((String) mail.get("body_text")).contains("(username pia-" + unique + ") and will give you its first password themselves")
                .doesNotContain("a quiet pier at low tide");
    }

    @Test
    void a_password_set_by_an_administrator_must_be_changed_and_is_told_to_the_verified_address() {
        Account person = verified("pat", "Pat Person", "pat." + unique + "@example.com");
        users.setPassword(person.id(), "seven swans on a frozen canal");

        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, person.id())).isTrue();
        assertThat(mailTo(person.id())).singleElement().satisfies(mail -> {
            assertThat(mail).containsEntry("recipient", "pat." + unique + "@example.com").containsEntry("kind", "password-set")
                    .containsEntry("subject", "Your Doorstep password was changed");
            assertThat((String) mail.get("body_text")).startsWith("Hello Pat Person,\n\nan administrator set a new password for your account")
                    .doesNotContain("seven swans");
        });
    }

    @Test
    void a_role_change_is_told_with_the_new_roles_by_name() {
        Account person = verified("rob", "Rob Roles", "rob." + unique + "@example.com");
        users.setRoles(person.id(), Set.of(Roles.TRAINER, Roles.MANAGER));

        assertThat(mailTo(person.id())).singleElement().satisfies(mail -> {
            assertThat(mail).containsEntry("kind", "roles-changed").containsEntry("subject", "Your Doorstep roles changed");
            assertThat((String) mail.get("body_text")).contains("You now have: Manager, Trainer.");
        });
    }

    @Test
    void a_new_address_is_unverified_and_the_old_verified_one_is_told() {
        Account person = verified("eve", "Eve Email", "eve." + unique + "@example.com");
        users.setEmail(person.id(), "  eve.new." + unique + "@example.org ");

        assertThat(jdbc.queryForMap("select email, email_verified_at from app_user where id = ?", person.id()))
                .containsEntry("email", "eve.new." + unique + "@example.org").containsEntry("email_verified_at", null);
        assertThat(mailTo(person.id())).singleElement().satisfies(mail -> {
            assertThat(mail).containsEntry("recipient", "eve." + unique + "@example.com").containsEntry("kind", "email-changed");
            assertThat((String) mail.get("body_text")).contains("changed the e-mail address of your Doorstep account to e…@example.org.");
        });
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'EMAIL_CHANGED' and subject_user_id = ?",
                String.class, person.id())).isEqualTo("E-mail address changed to e…@example.org, not yet verified");
        // Saving the same address again changes nothing and tells nobody.
        users.setEmail(person.id(), "eve.new." + unique + "@example.org");
        assertThat(mailTo(person.id())).hasSize(1);
    }

    @Test
    void nothing_is_told_to_an_address_that_was_never_verified() {
        Account person = TestData.in(context).account("una", "Una Unverified", Roles.TRAINEE);
        jdbc.update("update app_user set email = ? where id = ?", "una." + unique + "@example.com", person.id());
        users.setRoles(person.id(), Set.of(Roles.TRAINER));
        users.setPassword(person.id(), "seven swans on a frozen canal");
        assertThat(mailTo(person.id())).isEmpty();
    }

    @Test
    void a_reset_link_goes_by_mail_and_the_administrator_sees_only_where() {
        Account person = verified("rex", "Rex Reset", "rex." + unique + "@example.com");
        PasswordLink link = users.issueResetLink(person.id());

        assertThat(link.url()).isNull();
        assertThat(link.sentTo()).isEqualTo("r…@example.com");
        Map<String, Object> mail = mailTo(person.id()).getFirst();
        assertThat(mail).containsEntry("kind", "reset-link").containsEntry("subject", "Choose a new Doorstep password");
        TestSignIn.out(context);
        String token = token((String) mail.get("body_text"));
        assertThat(links.redeem(token, "a lantern on the quay at dusk")).isEmpty();
        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, person.id())).isFalse();
    }
}
