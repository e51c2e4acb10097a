package org.doorstep.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in counters in {@code login_failure}: one row per account, per account and client address, and
 * per client address. Counting is one upsert whose condition PostgreSQL checks under the row's lock, so
 * concurrent attempts are counted one after another and none passes a limit another has just reached.
 * The address's row is shared by everyone behind one router: only failures write it, each in a statement of
 * its own (not inside a longer transaction), so its lock is held for one statement only.
 */
@Component
public class LoginCounters {

    public static final String ACCOUNT = "ACCOUNT";
    public static final String PAIR = "PAIR";
    public static final String CLIENT = "CLIENT";
    public static final String JOIN_CLIENT = "JOIN_CLIENT";
    public static final String JOIN_ACCOUNT = "JOIN_ACCOUNT";

    /** One row; {@code failures} includes attempts still being checked; {@code throttleNotedAt} null until a pause was audited. */
    public record Counter(String scope, int failures, Instant failedAt, Instant windowStartedAt, @Nullable Instant throttleNotedAt) {
    }

    private final JdbcClient jdbc;

    LoginCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this address has used up its failures in its current window. A plain read: no lock. */
    public boolean clientAtLimit(String client, Instant now, Duration window, int limit) {
        return jdbc.sql("""
                select failures >= :limit and window_started_at > :windowStart from login_failure
                 where scope = 'CLIENT' and username = '' and client = :client""")
                .param("client", client).param("windowStart", at(now.minus(window))).param("limit", limit)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Counts a failure from this address unless it has reached the limit in its current window (then false). */
    public boolean countClientFailure(String client, Instant now, Duration window, int limit) {
        return countInWindow(CLIENT, "", client, now, window, limit);
    }

    /**
     * Counts one for a row (a scope and its key) unless it has reached the limit in its current window (then false):
     * one atomic upsert, so parallel attempts cannot all pass a check made before any of them counted.
     */
    public boolean countInWindow(String scope, String username, String client, Instant now, Duration window, int limit) {
        return !jdbc.sql("""
                insert into login_failure as f (scope, username, client, failures, failed_at, window_started_at)
                values (:scope, :username, :client, 1, :now, :now)
                on conflict (scope, username, client) do update set
                    failures = case when f.window_started_at <= :windowStart then 1 else f.failures + 1 end,
                    window_started_at = case when f.window_started_at <= :windowStart then :now else f.window_started_at end,
                    failed_at = :now
                where f.window_started_at <= :windowStart or f.failures < :limit
                returning f.failures""")
                .param("scope", scope).param("username", username).param("client", client).param("now", at(now))
                .param("windowStart", at(now.minus(window))).param("limit", limit).query(Integer.class).list().isEmpty();
    }

    /** Gives a counted attempt back (it turned out right), so only wrong ones use up the window. */
    public void giveBack(String scope, String username, String client) {
        jdbc.sql("""
                update login_failure set failures = greatest(failures - 1, 0)
                 where scope = :scope and username = :username and client = :client""")
                .param("scope", scope).param("username", username).param("client", client).update();
    }

    /**
     * Counts an attempt for an account ({@code client} empty) or an account and address, unless the wait
     * after its failures has not passed: none below {@code free} failures, then {@code first} doubling per
     * failure up to {@code cap}. Failures older than {@code forgetAfter} start again from one.
     */
    public boolean claimDelayed(String scope, String username, String client, Instant now, int free, Duration first,
            Duration cap, Duration forgetAfter) {
        return !jdbc.sql("""
                insert into login_failure as f (scope, username, client, failures, failed_at, window_started_at)
                values (:scope, :username, :client, 1, :now, :now)
                on conflict (scope, username, client) do update set
                    failures = case when f.failed_at <= :forgotten then 1 else f.failures + 1 end,
                    failed_at = :now
                where f.failed_at <= :forgotten or f.failures < :free
                   or f.failed_at + least(:firstMs * power(2, least(f.failures - :free, 40)), :capMs) * interval '1 millisecond' <= :now
                returning f.failures""")
                .param("scope", scope).param("username", username).param("client", client).param("now", at(now))
                .param("forgotten", at(now.minus(forgetAfter))).param("free", free)
                .param("firstMs", first.toMillis()).param("capMs", cap.toMillis())
                .query(Integer.class).list().isEmpty();
    }

    /** The account's, the pair's and the address's rows, those that exist. */
    public List<Counter> counters(String username, String client) {
        return jdbc.sql("""
                select scope, failures, failed_at, window_started_at, throttle_noted_at from login_failure
                 where (scope, username, client) in (('ACCOUNT', :username, ''), ('PAIR', :username, :client), ('CLIENT', '', :client))""")
                .param("username", username).param("client", client)
                .query((row, n) -> new Counter(row.getString(1), row.getInt(2), row.getObject(3, OffsetDateTime.class).toInstant(), // both not null
                        row.getObject(4, OffsetDateTime.class).toInstant(), instant(row.getObject(5, OffsetDateTime.class))))
                .list();
    }

    /** Marks a row's pause as noted; true only the first time since its latest counted attempt. */
    public boolean noteRefusal(String scope, String username, String client, Instant now) {
        return jdbc.sql("""
                update login_failure set throttle_noted_at = :now
                 where scope = :scope and username = :username and client = :client
                   and (throttle_noted_at is null or throttle_noted_at < failed_at)""")
                .param("scope", scope).param("username", username).param("client", client).param("now", at(now))
                .update() == 1;
    }

    /** A successful sign-in: the account's failures and this pair's are forgotten. */
    public void forgetAccount(String username, String client) {
        jdbc.sql("delete from login_failure where username = :username and (scope = 'ACCOUNT' or (scope = 'PAIR' and client = :client))")
                .param("username", username).param("client", client).update();
    }

    public void forgetOlderThan(Instant before) {
        jdbc.sql("delete from login_failure where failed_at < :before").param("before", at(before)).update();
    }

    public Optional<Long> accountId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
