package org.doorstep.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doorstep.AnotherInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded demo's invented cohort, on a database of its own (the tests' shared one keeps the demo accounts
 * only): six people, each as far along as their place in the list says, built through the trainees' services, and
 * one finished workshop most of them attended.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoCohortIT {

    private static final String PEOPLE = "(select id from app_user where username like 'demo%')";

    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate postgres;

    private final String database = "demo_cohort_" + System.nanoTime();
    private ConfigurableApplicationContext instance;

    @AfterEach
    void stopAndDrop() {
        if (instance != null) {
            AnotherInstance.stop(instance);
        }
        postgres.execute("drop database if exists " + database + " with (force)");
    }

    private ConfigurableApplicationContext start() {
        return start(6);
    }

    private ConfigurableApplicationContext start(int people) {
        String url = environment.getProperty("spring.datasource.url").replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        return AnotherInstance.start("--server.port=0", "--doorstep.demo-people=" + people, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"));
    }

    private List<Integer> perPerson(JdbcTemplate jdbc, String countSql) {
        return jdbc.queryForList("select (" + countSql + ") from app_user u where u.username like 'demo%' order by u.username",
                Integer.class);
    }

    @Test
    void six_invented_trainees_join_the_demo_cohort_each_with_their_own_progress_pruning_and_results_once() {
        postgres.execute("create database " + database);
        instance = start();
        JdbcTemplate jdbc = instance.getBean(JdbcTemplate.class);

        assertThat(jdbc.queryForList("select display_name from app_user where username like 'demo%' order by username",
                String.class)).containsExactly("Aisha Bello", "Ben Carter", "Chloé Dubois", "Dev Patel", "Elena Rossi", "Farid Haddad");
        assertThat(jdbc.queryForObject("select count(*) from cohort_member where user_id in " + PEOPLE, Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(distinct team_id) from team_member where user_id in " + PEOPLE, Integer.class))
                .isEqualTo(2);
        // Person i completes i lessons (every step of each, quizzes right, scenarios to an end).
        assertThat(perPerson(jdbc, "select count(*) from lesson_progress p where p.user_id = u.id and p.completed_at is not null"))
                .containsExactly(0, 1, 2, 3, 4, 5);
        // 132 sample connections each; all, 80 %, 35 %, all, 60 %, none of them decided.
        assertThat(perPerson(jdbc, "select count(*) from connection c where c.user_id = u.id")).containsOnly(132);
        assertThat(perPerson(jdbc, "select count(*) from connection c where c.user_id = u.id and c.decision is not null"
                + " and c.decision <> 'LATER'")).containsExactly(132, 106, 46, 132, 79, 0);
        // A baseline for all but the last; follow-ups for those who pruned everything.
        assertThat(perPerson(jdbc, "select count(*) from result_snapshot s where s.user_id = u.id and s.baseline"))
                .containsExactly(1, 1, 1, 1, 1, 0);
        assertThat(perPerson(jdbc, "select count(*) from result_snapshot s where s.user_id = u.id and not s.baseline"))
                .containsExactly(1, 0, 0, 1, 0, 0);

        // One finished workshop of the demo cohort: three in four of the people came, answered every step, all revealed.
        assertThat(jdbc.queryForList("select state from workshop_session", String.class)).containsExactly("ENDED");
        assertThat(jdbc.queryForObject("select count(*) from workshop_attendee where user_id in " + PEOPLE, Integer.class))
                .isEqualTo(4);
        int answerable = jdbc.queryForObject("select count(distinct step) from workshop_answer", Integer.class);
        assertThat(answerable).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from workshop_answer", Integer.class)).isEqualTo(4 * answerable);
        assertThat(jdbc.queryForObject("select count(*) from workshop_reveal", Integer.class)).isEqualTo(answerable);

        AnotherInstance.stop(instance);
        instance = start();
        jdbc = instance.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from connection where user_id in " + PEOPLE, Integer.class))
                .isEqualTo(6 * 132);
        assertThat(jdbc.queryForObject("select count(*) from result_snapshot where user_id in " + PEOPLE, Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from workshop_session", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_database_first_started_without_invented_people_gets_them_when_a_later_start_asks_for_them() {
        postgres.execute("create database " + database);
        instance = start(0);
        assertThat(instance.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from app_user where username like 'demo%'", Integer.class)).isZero();
        AnotherInstance.stop(instance);

        instance = start(6);

        JdbcTemplate jdbc = instance.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from cohort_member where user_id in " + PEOPLE, Integer.class)).isEqualTo(6);
        assertThat(perPerson(jdbc, "select count(*) from connection c where c.user_id = u.id")).containsOnly(132);
    }
}
