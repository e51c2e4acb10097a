package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.security.internal.LoginCounters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in throttling over real HTTP against the running app, with small limits set here (so the exact
 * boundaries show that the settings are read and the throttle is on the login path) and a clock the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "doorstep.login.failures-before-delay=3",
        "doorstep.login.first-delay=1s",
        "doorstep.login.max-delay=8s",
        "doorstep.login.max-account-delay=2s",
        "doorstep.login.max-failures-per-client=40",
        "doorstep.login.window=15m",
        "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
class LoginThrottleIT {

    private static final String PASSWORD = TestSignIn.PASSWORD;
    private static final String WRONG = "not the right password at all";

    @TestConfiguration
    static class MovedTime {
        @Bean
        @Primary
        Clock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoginThrottle throttle;

    private LoginForm form;
    private String address;

    @BeforeEach
    void aFreshAddress() {
        form = new LoginForm(port);
        address = LoginForm.newAddress();
    }

    private void advance(Duration duration) {
        ((MovableClock) clock).advance(duration);
    }

    private void fail(int times, String username, String from) {
        for (int i = 0; i < times; i++) {
            assertThat(form.signIn(username, WRONG, from)).as("failure %d of %s", i + 1, username).isFalse();
        }
    }

    private int counted(String scope, String username, String client) {
        return jdbc.queryForList("select failures from login_failure where scope = ? and username = ? and client = ?",
                Integer.class, scope, username, client).stream().findFirst().orElse(0);
    }

    /** The wait the throttle states for this account and address now (zero when an attempt would go through). */
    private Duration pauseFor(String username, String from) {
        LoginThrottledException refused = catchThrowableOfType(LoginThrottledException.class, () -> throttle.begin(username, from));
        assertThat(refused).as("%s from %s is paused", username, from).isNotNull();
        return refused.retryAfter();
    }

    private int audited(String action, String detailsEndingWith) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and details like ?", Integer.class,
                action, "%" + detailsEndingWith + "%");
    }

    @Test
    void two_failures_leave_the_right_password_working_and_three_pause_it_for_the_first_delay() {
        String fewer = TestData.in(context).account("two", "Tess Trainee", "TRAINEE").username();
        fail(2, fewer, address);
        assertThat(form.signIn(fewer, PASSWORD, address)).isTrue();

        String more = TestData.in(context).account("three", "Tess Trainee", "TRAINEE").username();
        fail(3, more, address);
        assertThat(form.signIn(more, PASSWORD, address)).isFalse();
        advance(Duration.ofMillis(999));
        assertThat(form.signIn(more, PASSWORD, address)).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(form.signIn(more, PASSWORD, address)).isTrue();
    }

    @Test
    void each_further_failure_doubles_the_wait_up_to_the_cap() {
        String username = TestData.in(context).account("doubling", "Tess Trainee", "TRAINEE").username();
        fail(3, username, address);
        int failures = 3;
        for (long seconds : new long[] {1, 2, 4, 8, 8}) {
            assertThat(pauseFor(username, address)).isEqualTo(Duration.ofSeconds(seconds));
            advance(Duration.ofSeconds(seconds).minusMillis(1));
            assertThat(form.signIn(username, PASSWORD, address)).as("the right password within %d s", seconds).isFalse();
            advance(Duration.ofMillis(1));
            fail(1, username, address);
            assertThat(counted(LoginCounters.PAIR, username, address)).isEqualTo(++failures);
        }
        advance(Duration.ofSeconds(8));
        assertThat(form.signIn(username, PASSWORD, address)).isTrue();
        assertThat(counted(LoginCounters.PAIR, username, address)).isZero();
    }

    @Test
    void a_strangers_failures_from_another_address_delay_the_owner_briefly_but_never_lock_them_out() {
        String owner = TestData.in(context).account("owner", "Tess Trainee", "TRAINEE").username();
        String stranger = LoginForm.newAddress();
        fail(3, owner, stranger);
        for (int i = 0; i < 6; i++) {
            advance(Duration.ofSeconds(8));
            fail(1, owner, stranger);
        }

        assertThat(pauseFor(owner, address)).isEqualTo(Duration.ofSeconds(2));
        assertThat(pauseFor(owner, stranger)).isEqualTo(Duration.ofSeconds(8));
        advance(Duration.ofSeconds(2));
        assertThat(form.signIn(owner, PASSWORD, address)).isTrue();
        assertThat(form.signIn(owner, PASSWORD, stranger)).as("the stranger's address stays paused").isFalse();
    }

    @Test
    void thirty_typos_by_thirty_people_from_one_address_leave_the_other_ten_signing_in() {
        List<String> room = TestData.in(context).trainees("room", 40);
        room.subList(0, 30).forEach(person -> fail(1, person, address));
        room.subList(30, 40).forEach(person -> assertThat(form.signIn(person, PASSWORD, address)).as(person).isTrue());
        room.subList(0, 30).forEach(person -> assertThat(form.signIn(person, PASSWORD, address)).as(person).isTrue());
    }

    @Test
    void an_address_at_the_client_limit_is_paused_for_every_account_until_its_window_ends() {
        String person = TestData.in(context).account("limit", "Tess Trainee", "TRAINEE").username();
        IntStream.range(0, 39).forEach(i -> fail(1, "nobody-" + i + "-" + address, address));
        assertThat(form.signIn(person, PASSWORD, address)).as("a success after 39 failures").isTrue();
        fail(1, "nobody-39-" + address, address);

        assertThat(form.signIn(person, PASSWORD, address)).as("after 40 failures").isFalse();
        assertThat(form.signIn(person, PASSWORD, LoginForm.newAddress())).as("from another address").isTrue();
        advance(Duration.ofMinutes(15).minusMillis(1));
        assertThat(form.signIn(person, PASSWORD, address)).isFalse();
        advance(Duration.ofMillis(1));
        assertThat(form.signIn(person, PASSWORD, address)).isTrue();
    }

    @Test
    void concurrent_failures_from_one_address_are_counted_exactly_up_to_the_limit() throws Exception {
        List<Boolean> outcomes = concurrently(60, i -> form.signIn("nobody-" + i + "-" + address, WRONG, address));

        assertThat(outcomes).containsOnly(false);
        assertThat(counted(LoginCounters.CLIENT, "", address)).isEqualTo(40);
        assertThat(audited(LoginThrottle.SIGN_IN_FAILED, "from " + address)).isEqualTo(40);
        assertThat(audited(LoginThrottle.SIGN_IN_THROTTLED, "(" + address + ")")).isEqualTo(1);
    }

    @Test
    void concurrent_guesses_at_one_account_get_exactly_the_free_failures_checked() throws Exception {
        String username = TestData.in(context).account("guessed", "Tess Trainee", "TRAINEE").username();
        concurrently(20, i -> form.signIn(username, WRONG + i, address));

        assertThat(counted(LoginCounters.PAIR, username, address)).isEqualTo(3);
        assertThat(counted(LoginCounters.ACCOUNT, username, "")).isEqualTo(3);
        assertThat(audited(LoginThrottle.SIGN_IN_FAILED, "wrong password from " + address)).isEqualTo(3);
    }

    @Test
    void usernames_are_counted_whatever_their_case() {
        String username = TestData.in(context).account("case", "Tess Trainee", "TRAINEE").username();
        fail(3, username.toUpperCase(), address);
        assertThat(form.signIn(username, PASSWORD, address)).isFalse();
    }

    @Test
    void a_sign_in_a_failure_and_a_pause_are_audited_once_each() {
        String username = TestData.in(context).account("audited", "Tess Trainee", "TRAINEE").username();
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        fail(1, username, address);
        assertThat(form.signIn(username, PASSWORD, address)).isTrue();
        fail(3, username, address);
        for (int i = 0; i < 3; i++) {
            assertThat(form.signIn(username, PASSWORD, address)).isFalse();
        }

        assertThat(jdbc.queryForList("select action || ': ' || details from audit_event where subject_user_id = ? order by id",
                String.class, id)).containsExactly(
                "SIGN_IN_FAILED: wrong password from " + address,
                "SIGNED_IN: from " + address,
                "SIGN_IN_FAILED: wrong password from " + address,
                "SIGN_IN_FAILED: wrong password from " + address,
                "SIGN_IN_FAILED: wrong password from " + address,
                "SIGN_IN_THROTTLED: too many failures for this account from this address (" + address + "); paused for 1 s");
    }

    private static <T> List<T> concurrently(int count, java.util.function.IntFunction<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<T>> results = IntStream.range(0, count).mapToObj(i -> threads.submit(() -> {
                start.await();
                return task.apply(i);
            })).toList();
            start.countDown();
            List<T> outcomes = new java.util.ArrayList<>();
            for (Future<T> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        }
    }
}
