package org.doorstep.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.doorstep.security.internal.LoginFailure;
import org.doorstep.security.internal.LoginFailureRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in (ASVS V2.2.1) per account and per client address. Failures live in PostgreSQL,
 * so every instance behind the load balancer counts the same attempts.
 */
@Service
@PreAuthorize("permitAll()") // runs before anyone is signed in
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final Duration window;
    private final int maxPerAccount;
    private final int maxPerClient;

    LoginThrottle(LoginFailureRepository failures, Clock clock,
            @Value("${doorstep.login.window}") Duration window,
            @Value("${doorstep.login.max-failures-per-account}") int maxPerAccount,
            @Value("${doorstep.login.max-failures-per-client}") int maxPerClient) {
        this.failures = failures;
        this.clock = clock;
        this.window = window;
        this.maxPerAccount = maxPerAccount;
        this.maxPerClient = maxPerClient;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String username, String client) {
        Instant since = clock.instant().minus(window);
        return failures.countByUsernameAndFailedAtAfter(username, since) >= maxPerAccount
                || failures.countByClientAndFailedAtAfter(client, since) >= maxPerClient;
    }

    @Transactional
    public void recordFailure(String username, String client) {
        Instant now = clock.instant();
        failures.save(new LoginFailure(username, client, now));
        failures.deleteOlderThan(now.minus(Duration.ofDays(1)));
    }

    @Transactional
    public void recordSuccess(String username) {
        failures.deleteByUsername(username);
    }

    public Duration window() {
        return window;
    }
}
