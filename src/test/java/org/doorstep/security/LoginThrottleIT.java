package org.doorstep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.doorstep.security.internal.LoginFailureRepository;
import org.doorstep.security.internal.UserAccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/** Sign-in throttling against the real PostgreSQL, with a clock the test moves. */
@SpringBootTest
@ActiveProfiles("test")
class LoginThrottleIT {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Autowired
    LoginFailureRepository failures;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountService accountService;

    private MovableClock clock;
    private ThrottlingAuthenticationProvider provider;
    private String username;
    private static final String PASSWORD = "a kettle, a doorbell and a cup";

    @BeforeEach
    void freshAccountAndClock() {
        clock = new MovableClock(Instant.now());
        provider = new ThrottlingAuthenticationProvider(accounts, encoder,
                new LoginThrottle(failures, clock, WINDOW, 5, 20));
        username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.registerTrainee(new Registration("Tom Throttle", username, PASSWORD, DemoAccounts.JOIN_CODE, username + "@example.com"));
    }

    private Authentication attempt(String user, String password, String client) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(client);
        token.setDetails(new WebAuthenticationDetails(request));
        return provider.authenticate(token);
    }

    private void failTimes(int times, String user, String client) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> attempt(user, "wrong password " + UUID.randomUUID(), client))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void the_right_password_signs_in() {
        assertThat(attempt(username, PASSWORD, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void five_failures_lock_the_account_even_against_the_right_password() {
        failTimes(5, username, "10.0.0.2");
        assertThatThrownBy(() -> attempt(username, PASSWORD, "10.0.0.3")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void four_failures_do_not_lock_and_a_success_clears_them() {
        failTimes(4, username, "10.0.0.4");
        assertThat(attempt(username, PASSWORD, "10.0.0.4").isAuthenticated()).isTrue();
        failTimes(4, username, "10.0.0.4");
        assertThat(attempt(username, PASSWORD, "10.0.0.4").isAuthenticated()).isTrue();
    }

    @Test
    void the_lock_ends_when_the_window_has_passed() {
        failTimes(5, username, "10.0.0.5");
        clock.advance(WINDOW.plusSeconds(1));
        assertThat(attempt(username, PASSWORD, "10.0.0.5").isAuthenticated()).isTrue();
    }

    @Test
    void twenty_failures_from_one_client_across_accounts_block_that_client_only() {
        String client = "10.9." + (int) (Math.random() * 200) + ".7";
        for (int i = 0; i < 20; i++) {
            failTimes(1, "nobody-" + UUID.randomUUID(), client);
        }
        assertThatThrownBy(() -> attempt(username, PASSWORD, client)).isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(username, PASSWORD, "10.0.0.6").isAuthenticated()).isTrue();
    }

    @Test
    void usernames_are_throttled_whatever_their_case() {
        failTimes(5, username.toUpperCase(), "10.0.0.8");
        assertThatThrownBy(() -> attempt(username, PASSWORD, "10.0.0.8")).isInstanceOf(LoginThrottledException.class);
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
