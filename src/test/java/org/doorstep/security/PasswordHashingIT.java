package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.security.internal.BoundedPasswordEncoder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Many people signing in at once over real HTTP, with the default throttling and two hashes at a time:
 * everyone gets in, the hashing never runs wider than its bound, and hashes of older settings are renewed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "doorstep.login.concurrent-hashes=2",
        "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
class PasswordHashingIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_room_of_two_hundred_behind_one_address_signs_in_typos_and_all() throws Exception {
        LoginForm form = new LoginForm(port);
        String router = LoginForm.newAddress();
        List<String> room = TestData.in(context).trainees("workshop", 200);

        List<Boolean> signedIn = concurrently(50, room.size(), i -> {
            if (i % 4 == 0) {
                assertThat(form.signIn(room.get(i), "a typo in the password", router)).isFalse();
            }
            return form.signIn(room.get(i), TestSignIn.PASSWORD, router);
        });

        assertThat(signedIn).hasSize(200).containsOnly(true);
        assertThat(jdbc.queryForObject("select failures from login_failure where scope = 'CLIENT' and client = ?",
                Integer.class, router)).isEqualTo(50);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_THROTTLED' and details like ?",
                Integer.class, "%" + router + "%")).isZero();
    }

    @Test
    void concurrent_sign_ins_all_succeed_and_never_hash_more_than_two_at_once() throws Exception {
        LoginForm form = new LoginForm(port);
        List<String> people = TestData.in(context).trainees("burst", 40);

        List<Boolean> signedIn = concurrently(40, people.size(),
                i -> form.signIn(people.get(i), TestSignIn.PASSWORD, LoginForm.newAddress()));

        assertThat(signedIn).hasSize(40).containsOnly(true);
        BoundedPasswordEncoder bounded = (BoundedPasswordEncoder) encoder;
        assertThat(bounded.permits()).isEqualTo(2);
        assertThat(bounded.mostAtOnce()).isEqualTo(2);
    }

    @Test
    void a_hash_made_with_the_older_settings_still_signs_in_and_is_renewed_with_todays() {
        String username = TestData.in(context).account("older", "Tess Trainee", "TRAINEE").username();
        String older = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(TestSignIn.PASSWORD);
        assertThat(older).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        jdbc.update("update app_user set password_hash = ? where username = ?", older, username);
        int sessionVersion = jdbc.queryForObject("select session_version from app_user where username = ?", Integer.class, username);
        LoginForm form = new LoginForm(port);

        assertThat(form.signIn(username, TestSignIn.PASSWORD, LoginForm.newAddress())).isTrue();

        assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username))
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(jdbc.queryForObject("select session_version from app_user where username = ?", Integer.class, username))
                .as("a renewed hash ends no session").isEqualTo(sessionVersion);
        assertThat(form.signIn(username, TestSignIn.PASSWORD, LoginForm.newAddress())).isTrue();
    }

    private static <T> List<T> concurrently(int threads, int tasks, java.util.function.IntFunction<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return task.apply(n);
                }));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        }
    }
}
