package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.TestSignIn;
import org.doorstep.admin.UserAdministration;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** One-time set-password links: stored hashed, good once, until they expire, for an active account only. */
@SpringBootTest
@ActiveProfiles("test")
class PasswordLinksIT {

    private static final String NEW_PASSWORD = "the tide table on the pier";

    @Autowired
    ApplicationContext context;
    @Autowired
    PasswordLinks links;
    @Autowired
    JdbcTemplate jdbc;

    private Account person;

    @BeforeEach
    void aPerson() {
        person = TestData.in(context).account("link", "Lee Link", Roles.TRAINEE);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private String issue(PasswordLinks.Purpose purpose) {
        TestSignIn.as(context, "admin");
        String token = links.issue(person.id(), purpose).token();
        TestSignIn.out(context);
        return token;
    }

    @Test
    void a_link_works_once_ends_sessions_clears_failed_sign_ins_and_is_audited_without_an_actor() {
        String token = issue(PasswordLinks.Purpose.INVITATION);
        jdbc.update("insert into login_failure (username, client, failed_at) values (?, 'x', now())", person.username());
        int version = jdbc.queryForObject("select session_version from app_user where id = ?", Integer.class, person.id());

        assertThat(links.redeem(token, NEW_PASSWORD)).isEmpty();
        assertThat(links.redeem(token, NEW_PASSWORD)).contains("set-password.link.invalid");
        assertThat(jdbc.queryForObject("select session_version from app_user where id = ?", Integer.class, person.id())).isEqualTo(version + 1);
        assertThat(jdbc.queryForObject("select count(*) from login_failure where username = ?", Integer.class, person.username())).isZero();
        assertThat(jdbc.queryForObject("select actor_username || ': ' || details from audit_event where action = 'PASSWORD_SET_WITH_LINK' "
                + "and subject_user_id = ?", String.class, person.id())).isEqualTo("anonymous: Password chosen with an invitation link");
    }

    @Test
    void an_expired_link_is_refused() {
        String token = issue(PasswordLinks.Purpose.RESET);
        jdbc.update("update password_link set expires_at = now() - interval '1 minute' where user_id = ?", person.id());
        assertThat(links.holder(token)).isEmpty();
        assertThat(links.redeem(token, NEW_PASSWORD)).contains("set-password.link.invalid");
    }

    @Test
    void a_newer_link_replaces_an_older_one() {
        String older = issue(PasswordLinks.Purpose.RESET);
        String newer = issue(PasswordLinks.Purpose.RESET);
        assertThat(links.holder(older)).isEmpty();
        assertThat(links.holder(newer)).isPresent();
    }

    @Test
    void a_deactivated_accounts_link_does_not_work() {
        String token = issue(PasswordLinks.Purpose.RESET);
        jdbc.update("update app_user set enabled = false where id = ?", person.id());
        assertThat(links.redeem(token, NEW_PASSWORD)).contains("set-password.link.invalid");
    }

    @Test
    void deactivating_an_account_withdraws_its_links_so_a_reactivation_does_not_revive_them() {
        String token = issue(PasswordLinks.Purpose.RESET);
        TestSignIn.as(context, "admin");
        UserAdministration users = context.getBean(UserAdministration.class);
        users.deactivate(person.id());
        users.reactivate(person.id());
        TestSignIn.out(context);
        assertThat(links.holder(token)).isEmpty();
        assertThat(links.redeem(token, NEW_PASSWORD)).contains("set-password.link.invalid");
    }

    @Test
    void an_administrator_is_told_at_once_that_a_deactivated_account_cannot_get_a_reset_link() {
        TestSignIn.as(context, "admin");
        UserAdministration users = context.getBean(UserAdministration.class);
        users.deactivate(person.id());
        assertThatThrownBy(() -> users.issueResetLink(person.id())).isInstanceOf(Refusal.class)
                .hasMessageContaining("admin.user.password.link.inactive");
    }

    @Test
    void a_guessable_password_is_refused_and_the_link_keeps_working() {
        String token = issue(PasswordLinks.Purpose.RESET);
        assertThat(links.redeem(token, "qwertyuiop123")).contains("password.too-common");
        assertThat(links.holder(token)).hasValueSatisfying(holder -> assertThat(holder.purpose()).isEqualTo(PasswordLinks.Purpose.RESET));
    }

    @Test
    void the_invitation_lasts_a_week_and_a_reset_a_day() {
        assertThat(PasswordLinks.Purpose.INVITATION.lifetime()).hasDays(7);
        assertThat(PasswordLinks.Purpose.RESET.lifetime()).hasHours(24);
        String token = issue(PasswordLinks.Purpose.RESET);
        assertThat(jdbc.queryForObject("select expires_at - created_at between interval '23 hours 59 minutes' and interval '24 hours 1 minute' "
                + "from password_link where user_id = ?", Boolean.class, person.id())).isTrue();
        assertThat(token).hasSize(43);
    }
}
