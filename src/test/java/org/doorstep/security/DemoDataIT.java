package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo organisation the embedded mode creates, and that a restart does not duplicate. */
@SpringBootTest
@ActiveProfiles("test")
class DemoDataIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.util.List<ApplicationRunner> runners;

    @Test
    void the_demo_has_one_organisation_two_teams_a_cohort_with_its_code_and_an_account_per_role() {
        assertThat(jdbc.queryForList("select u.username || ':' || r.role from app_user u join user_role r on r.user_id = u.id "
                + "where u.username in ('trainee','trainer','manager','admin') order by 1", String.class))
                .containsExactly("admin:ADMIN", "manager:MANAGER", "trainee:TRAINEE", "trainer:TRAINER");
        assertThat(jdbc.queryForList("select t.name from team t join organisation o on o.id = t.organisation_id "
                + "where o.name = 'Doorstep Demo Ltd' order by 1", String.class)).containsExactly("Customer Success", "Sales");
        assertThat(jdbc.queryForObject("select u.username from cohort c join app_user u on u.id = c.trainer_id "
                + "where c.join_code = ?", String.class, DemoAccounts.JOIN_CODE)).isEqualTo("trainer");
    }

    @Test
    void seeding_again_on_the_next_start_adds_nothing() {
        long users = jdbc.queryForObject("select count(*) from app_user", Long.class);
        runners.forEach(runner -> {
            try {
                runner.run(new DefaultApplicationArguments());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(users);
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = 'Doorstep Demo Ltd'", Long.class)).isEqualTo(1);
    }
}
