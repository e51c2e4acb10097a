package org.doorstep.security;

import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import java.time.Duration;
import org.doorstep.security.internal.LoginCounters;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts wrong join codes (cohort and workshop codes, at registration and when joining) per client address and per
 * account, with the sign-in throttle's windowed counters in PostgreSQL (so every instance agrees). An attempt is
 * claimed before the code is looked up, so parallel guesses cannot all pass, and given back when the code was right:
 * a room registering together from behind one router uses up nothing. Counts stand on their own, also when the
 * caller's transaction rolls back (as a refused registration does).
 */
@Service
@PreAuthorize("permitAll()") // registration runs before anyone is signed in
public class JoinCodeThrottle {

    private final LoginCounters counters;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int perClient;
    private final Duration clientWindow;
    private final int perAccount;
    private final Duration accountWindow;

    JoinCodeThrottle(LoginCounters counters, Clock clock, PlatformTransactionManager transactions,
            @Value("${doorstep.join-codes.failures-per-client}") int perClient,
            @Value("${doorstep.join-codes.client-window}") Duration clientWindow,
            @Value("${doorstep.join-codes.failures-per-account}") int perAccount,
            @Value("${doorstep.join-codes.account-window}") Duration accountWindow) {
        this.counters = counters;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.perClient = perClient;
        this.clientWindow = clientWindow;
        this.perAccount = perAccount;
        this.accountWindow = accountWindow;
    }

    /** Claims one attempt for the address and the account (either may be null); false when one has no more left. */
    public boolean claim(@Nullable String client, @Nullable Long accountId) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            var now = clock.instant();
            if (client != null && !counters.countInWindow(LoginCounters.JOIN_CLIENT, "", client, now, clientWindow, perClient)) {
                return false;
            }
            if (accountId != null && !counters.countInWindow(LoginCounters.JOIN_ACCOUNT, key(accountId), "", now,
                    accountWindow, perAccount)) {
                if (client != null) {
                    counters.giveBack(LoginCounters.JOIN_CLIENT, "", client);
                }
                return false;
            }
            return true;
        }));
    }

    /** The address of the Vaadin request being served (forwarded by the load balancer), or null outside one. */
    public static @Nullable String currentClient() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    /** The code was right: the claimed attempt does not count. */
    public void giveBack(@Nullable String client, @Nullable Long accountId) {
        transaction.executeWithoutResult(status -> {
            if (client != null) {
                counters.giveBack(LoginCounters.JOIN_CLIENT, "", client);
            }
            if (accountId != null) {
                counters.giveBack(LoginCounters.JOIN_ACCOUNT, key(accountId), "");
            }
        });
    }

    /** By id, not username: deleting an account's sign-in failures (by username) never forgives its wrong codes. */
    private static String key(long accountId) {
        return "#" + accountId;
    }
}
