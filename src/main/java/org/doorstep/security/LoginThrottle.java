package org.doorstep.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.base.AuditTrail;
import org.doorstep.security.internal.LoginCounters;
import org.doorstep.security.internal.LoginCounters.Counter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles sign-in (ASVS V2.2.1) with growing delays rather than a lock a stranger could set off: per
 * account, per account and client address, and per address (see LoginSettings). An attempt is counted for
 * the account and the pair before its password is checked (and forgotten when it was right), so concurrent
 * guesses cannot all pass a delay. The address's counter, shared by a room behind one router, is written by
 * failures only, and a failure it cannot count any more is refused instead. Counters live in PostgreSQL, so
 * every instance agrees.
 */
@Service
@PreAuthorize("permitAll()") // runs before anyone is signed in
public class LoginThrottle {

    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

    /** An attempt that was let through and counted, until its password is known. */
    public record Attempt(String username, String client) {
    }

    private static final Map<String, String> REASONS = Map.of(
            LoginCounters.ACCOUNT, "too many failures for this account",
            LoginCounters.PAIR, "too many failures for this account from this address",
            LoginCounters.CLIENT, "too many failures from this address");

    /** Of rows pausing an attempt equally long, the message names the last of these. */
    private static final List<String> MOST_SPECIFIC = List.of(LoginCounters.ACCOUNT, LoginCounters.CLIENT, LoginCounters.PAIR);

    private final LoginCounters counters;
    private final AuditTrail audit;
    private final Clock clock;
    private final LoginSettings settings;
    private final TransactionTemplate transaction;

    LoginThrottle(LoginCounters counters, AuditTrail audit, Clock clock, LoginSettings settings,
            PlatformTransactionManager transactions) {
        this.counters = counters;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        // Counters stand on their own, also when a caller's transaction (a settings change) rolls back.
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Lets the attempt through, counted for the account and the pair until its password is known, unless a
     * limit holds it back: then refuses it, saying how long to wait.
     */
    public Attempt begin(String username, String client) {
        Instant now = now();
        boolean claimed = !clientAtLimit(client, now) && transaction.execute(status -> {
            boolean both = claimDelayed(LoginCounters.ACCOUNT, username, "", now, settings.maxAccountDelay())
                    && claimDelayed(LoginCounters.PAIR, username, client, now, settings.maxDelay());
            if (!both) {
                status.setRollbackOnly(); // neither counts
            }
            return both;
        });
        if (!claimed) {
            throw refused(username, client, now);
        }
        return new Attempt(username, client);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
    }

    private boolean clientAtLimit(String client, Instant now) {
        return counters.clientAtLimit(client, now, settings.window(), settings.maxFailuresPerClient());
    }

    private LoginThrottledException refused(String username, String client, Instant now) {
        return new LoginThrottledException(transaction.execute(status -> refusal(username, client, now)));
    }

    private boolean claimDelayed(String scope, String username, String client, Instant now, Duration cap) {
        return counters.claimDelayed(scope, username, client, now, settings.failuresBeforeDelay(), settings.firstDelay(),
                cap, settings.forgetAfter());
    }

    /** The longest wait of the rows that hold the attempt back; its first refusal of a pause is audited. */
    private Duration refusal(String username, String client, Instant now) {
        Optional<Counter> holding = counters.counters(username, client).stream()
                .filter(counter -> allowedFrom(counter).isAfter(now))
                .max(Comparator.comparing(this::allowedFrom).thenComparing(counter -> MOST_SPECIFIC.indexOf(counter.scope())));
        if (holding.isEmpty()) {
            return Duration.ZERO; // the pause ended in the meantime
        }
        Counter row = holding.get();
        Duration wait = Duration.between(now, allowedFrom(row));
        String name = row.scope().equals(LoginCounters.CLIENT) ? "" : username;
        String address = row.scope().equals(LoginCounters.ACCOUNT) ? "" : client;
        if (counters.noteRefusal(row.scope(), name, address, now)) {
            audit.record(SIGN_IN_THROTTLED, counters.accountId(username).orElse(null),
                    REASONS.get(row.scope()) + " (" + client + "); paused for " + wait.toSeconds() + " s");
        }
        return wait;
    }

    private Instant allowedFrom(Counter counter) {
        return switch (counter.scope()) {
            case LoginCounters.CLIENT -> counter.failures() >= settings.maxFailuresPerClient()
                    ? counter.windowStartedAt().plus(settings.window()) : Instant.EPOCH;
            case LoginCounters.ACCOUNT -> counter.failedAt().plus(settings.delayAfter(counter.failures(), settings.maxAccountDelay()));
            default -> counter.failedAt().plus(settings.delayAfter(counter.failures(), settings.maxDelay()));
        };
    }

    /**
     * The password was wrong: the attempt stays counted, and the address counts a failure. When the address
     * reached its limit while this password was checked, the attempt is refused instead, so no address ever
     * learns the outcome of more guesses than its limit, however many it sends at once.
     */
    public void failed(Attempt attempt) {
        Instant now = now(); // a check may have waited long for its turn
        if (!counters.countClientFailure(attempt.client(), now, settings.window(), settings.maxFailuresPerClient())) {
            throw refused(attempt.username(), attempt.client(), now);
        }
        transaction.executeWithoutResult(status -> {
            Optional<Long> account = counters.accountId(attempt.username());
            audit.record(SIGN_IN_FAILED, account.orElse(null),
                    (account.isPresent() ? "wrong password" : "unknown username") + " from " + attempt.client());
            counters.forgetOlderThan(now.minus(settings.forgetAfter()));
        });
    }

    /**
     * The password was right (whether or not the account may sign in): the account's and the pair's failures
     * are forgotten. Refused like a wrong one if the address reached its limit meanwhile (see failed).
     * {@code accountId}: the account signed in, for the audit entry; null when not known or not signed in.
     */
    public void passwordAccepted(Attempt attempt, @Nullable Long accountId, boolean signedIn) {
        Instant now = now();
        if (clientAtLimit(attempt.client(), now)) {
            throw refused(attempt.username(), attempt.client(), now);
        }
        transaction.executeWithoutResult(status -> {
            counters.forgetAccount(attempt.username(), attempt.client());
            if (signedIn) {
                audit.record(SIGNED_IN, accountId, "from " + attempt.client());
            }
        });
    }
}
