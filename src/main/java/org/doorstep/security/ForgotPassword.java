package org.doorstep.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Mail;
import org.doorstep.base.Outbox;
import org.doorstep.base.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password?": whoever names an account (username or verified address) gets the same answer, and the
 * account's verified address gets a one-hour set-password link when the account is active. Counted in
 * PostgreSQL, under a lock per client and per account so parallel requests cannot slip past the limits: at
 * most a few links per account per hour and a few requests per client address per quarter hour. Beyond them
 * the answer is the same and nothing is sent. Every answer takes at least the same time, so timing does not
 * tell whether the account exists.
 */
@Service
public class ForgotPassword {

    static final String AUDIT_ACTION = "PASSWORD_FORGOTTEN";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PasswordLinks links;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final AuditTrail audit;
    private final Clock clock;
    private final Limits limits;

    /** How many links per account and requests per client, in which windows; and the least time an answer takes. */
    record Limits(int linksPerAccount, Duration accountWindow, int requestsPerClient, Duration clientWindow, Duration answerTime) {
    }

    ForgotPassword(JdbcClient jdbc, PlatformTransactionManager transactions, PasswordLinks links, Outbox outbox,
            PublicUrl publicUrl, AuditTrail audit, Clock clock,
            @Value("${doorstep.forgot-password.links-per-account}") int linksPerAccount,
            @Value("${doorstep.forgot-password.account-window}") Duration accountWindow,
            @Value("${doorstep.forgot-password.requests-per-client}") int requestsPerClient,
            @Value("${doorstep.forgot-password.client-window}") Duration clientWindow,
            @Value("${doorstep.forgot-password.answer-time}") Duration answerTime) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.links = links;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.audit = audit;
        this.clock = clock;
        this.limits = new Limits(linksPerAccount, accountWindow, requestsPerClient, clientWindow, answerTime);
    }

    /** Sends a link if the named account may have one; says nothing about whether it did. */
    // The transaction is shorter than the answer: the wait for the common answer time holds no connection or lock.
    @PreAuthorize("permitAll()") // for people who cannot sign in
    public void request(String usernameOrEmail, String client) {
        long started = System.nanoTime();
        try {
            transaction.executeWithoutResult(status -> handle(usernameOrEmail == null ? "" : usernameOrEmail.strip(),
                    client == null || client.isBlank() ? "unknown" : client));
        } finally {
            waitUntil(started + limits.answerTime().toNanos());
        }
    }

    private record Account(long id, String username, String displayName, String email, boolean verified, boolean enabled,
            String language) {
    }

    private void handle(String named, String client) {
        Instant now = clock.instant();
        lock("forgot-password client " + client);
        int fromClient = jdbc.sql("select count(*) from password_help_request where client = ? and requested_at > ?")
                .params(client, Timestamp.from(now.minus(limits.clientWindow()))).query(Integer.class).single();
        Optional<Account> found = named.isEmpty() ? Optional.empty() : find(named);
        if (fromClient >= limits.requestsPerClient()) {
            found.ifPresent(account -> audit.record(AUDIT_ACTION, account.id(),
                    "Forgotten-password request held back: too many requests from one client address"));
            return;
        }
        boolean send = false;
        String outcome = null;
        if (found.isPresent()) {
            Account account = found.get();
            lock("forgot-password account " + account.id());
            int sent = jdbc.sql("select count(*) from password_help_request where user_id = ? and link_sent and requested_at > ?")
                    .params(account.id(), Timestamp.from(now.minus(limits.accountWindow()))).query(Integer.class).single();
            if (!account.enabled()) {
                outcome = "Forgotten-password request for a deactivated account: nothing sent";
            } else if (!account.verified()) {
                outcome = "Forgotten-password request: no verified address, nothing sent";
            } else if (sent >= limits.linksPerAccount()) {
                outcome = "Forgotten-password link held back: " + sent + " sent within " + limits.accountWindow().toMinutes() + " minutes";
            } else {
                send = true;
                outcome = "Forgotten-password link sent to the verified address";
            }
        }
        jdbc.sql("insert into password_help_request (client, user_id, link_sent, requested_at) values (?, ?, ?, ?)")
                .param(client).param(found.map(Account::id).orElse(null)).param(send).param(Timestamp.from(now)).update();
        jdbc.sql("delete from password_help_request where requested_at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        if (send) {
            Account account = found.get();
            PasswordLinks.Issued issued = links.issueForgotten(account.id());
            outbox.queue(new Mail(account.email(), account.id(), MailRecipients.localeOf(account.language()), "password-forgotten",
                    List.of(account.displayName(), account.username(), publicUrl.link("/set-password?token=" + issued.token()),
                            PasswordLinks.Purpose.FORGOTTEN.lifetime().toMinutes())));
        }
        if (outcome != null) {
            audit.record(AUDIT_ACTION, found.get().id(), outcome);
        }
    }

    /** Serialises the requests that share a key until this transaction ends. */
    private void lock(String key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) locked").param(key).query(Integer.class).single();
    }

    private Optional<Account> find(String named) {
        return jdbc.sql("""
                select id, username, display_name, email, email is not null and email_verified_at is not null, enabled, language
                  from app_user where username = ? or lower(email) = lower(?)""")
                .params(Usernames.normalise(named), named)
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        rs.getBoolean(6), rs.getString(7)))
                .optional();
    }

    private static void waitUntil(long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining > 0) {
            try {
                Thread.sleep(Duration.ofNanos(remaining));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
