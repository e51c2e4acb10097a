package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.doorstep.base.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Registration as stored in PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static String uniqueName() {
        return "Reg-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_registered_trainee_is_stored_lower_case_with_an_argon2_hash_the_trainee_role_and_the_cohort() {
        String username = uniqueName();
        accounts.registerTrainee(new TraineeSignUp("  Rhea Registrant ", username, "the stranger rang twice", " cuppa-742 ", username + "@example.com"));

        var row = jdbc.queryForMap("select id, username, display_name, password_hash from app_user where username = ?",
                username.toLowerCase());
        assertThat(row.get("display_name")).isEqualTo("Rhea Registrant");
        assertThat((String) row.get("password_hash")).startsWith("$argon2id$").doesNotContain("stranger");
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, row.get("id")))
                .containsExactly("TRAINEE");
        assertThat(jdbc.queryForObject("select c.join_code from cohort_member m join cohort c on c.id = m.cohort_id "
                + "where m.user_id = ?", String.class, row.get("id"))).isEqualTo(DemoAccounts.JOIN_CODE);
    }

    @Test
    void a_second_account_with_the_same_name_in_another_case_stores_nothing_and_answers_as_a_new_one_would() {
        String username = uniqueName();
        accounts.registerTrainee(new TraineeSignUp("First", username, "the stranger rang twice", DemoAccounts.JOIN_CODE, username + "@example.com"));
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);

        // no refusal that would tell the username exists; the address given is told by mail instead
        accounts.registerTrainee(new TraineeSignUp("Second", username.toUpperCase(), "the stranger rang twice",
                DemoAccounts.JOIN_CODE, "second-" + username + "@example.com"));
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and kind = 'registration-username-taken'",
                Integer.class, "second-" + username + "@example.com")).isEqualTo(1);
    }

    @Test
    void a_password_of_sixty_four_accented_characters_is_accepted_and_one_of_129_is_not() {
        String long64 = "é".repeat(30) + " doorstep kettle lounge " + "ü".repeat(10);
        assertThat(long64.length()).isGreaterThanOrEqualTo(64);
        accounts.registerTrainee(new TraineeSignUp("Long", uniqueName(), long64, DemoAccounts.JOIN_CODE, uniqueName() + "@example.com"));

        assertThatThrownBy(() -> accounts.registerTrainee(
                new TraineeSignUp("Longer", uniqueName(), "x".repeat(129), DemoAccounts.JOIN_CODE, uniqueName() + "@example.com")))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("password.too-long");
    }

    @Test
    void a_password_made_of_the_username_is_refused() {
        assertThatThrownBy(() -> accounts.registerTrainee(
                new TraineeSignUp("Sam", "samanthasmith", "samanthasmith1", DemoAccounts.JOIN_CODE, "sam@example.com")))
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("password.too-common");
    }
}
