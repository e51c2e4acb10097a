package org.doorstep.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.doorstep.base.AuditTrail;
import org.doorstep.security.internal.OneTimeTokens;
import org.doorstep.security.internal.PasswordHashes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password: an administrator issues one (an invitation for a new account, or a
 * reset) and hands it over; whoever opens it chooses a password. Only the token's SHA-256 is stored; a link
 * works once, until it expires, and only for an active account. A newer link replaces an older one.
 */
@Service
public class PasswordLinks {

    public enum Purpose {
        INVITATION(Duration.ofDays(7)), RESET(Duration.ofHours(24)),
        /** Asked for by the person on the sign-in page ("Forgot password?") and sent to their verified address. */
        FORGOTTEN(Duration.ofHours(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    /** The token goes into the link; it is shown once and never stored. */
    public record Issued(String token, Instant expiresAt, Purpose purpose) {
    }

    /** Whom a live link is for, so the page can greet them. */
    public record Holder(String username, String displayName, Purpose purpose) {
    }

    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, PasswordPolicy policy, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Issued issue(long userId, Purpose purpose) {
        return issueFor(userId, purpose, purpose.lifetime(), null);
    }

    /** A link that goes by mail to this address: following it proves the address, while the account still has it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Issued issueMailed(long userId, Purpose purpose, String sentTo) {
        return issueFor(userId, purpose, purpose.lifetime(), sentTo);
    }

    /** For "Forgot password?", which nobody signed in asks for; joins the caller's transaction. */
    Issued issueForgotten(long userId) {
        return issueFor(userId, Purpose.FORGOTTEN, Purpose.FORGOTTEN.lifetime(), null);
    }

    /** For security's own callers with nobody signed in (the first administrator at start-up), in their transaction. */
    /** {@code sentTo}: the address the link is mailed to, or null when it is handed over another way. */
    Issued issueFor(long userId, Purpose purpose, Duration lifetime, @Nullable String sentTo) {
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        jdbc.sql("delete from password_link where expires_at < ?").param(Timestamp.from(now)).update();
        jdbc.sql("""
                insert into password_link (user_id, token_hash, purpose, expires_at, sent_to) values (?, ?, ?, ?, ?)
                on conflict (user_id) do update set token_hash = excluded.token_hash, purpose = excluded.purpose,
                       expires_at = excluded.expires_at, sent_to = excluded.sent_to, created_at = now()""")
                .param(userId).param(OneTimeTokens.hash(token)).param(purpose.name()).param(Timestamp.from(expires)).param(sentTo).update();
        return new Issued(token, expires, purpose);
    }

    @PreAuthorize("permitAll()") // opened by someone who cannot sign in yet
    @Transactional(readOnly = true)
    public Optional<Holder> holder(String token) {
        return live(token).map(link -> new Holder(link.username(), link.displayName(), link.purpose()));
    }

    /** Sets the password the link's holder chose; the problem's translation key when refused, else empty. */
    @PreAuthorize("permitAll()") // opened by someone who cannot sign in yet
    @Transactional
    public Optional<String> redeem(String token, String password) {
        Optional<Link> found = live(token);
        if (found.isEmpty()) {
            return Optional.of("set-password.link.invalid");
        }
        Link link = found.get();
        Optional<String> problem = policy.problem(password, link.username(), link.displayName());
        if (problem.isPresent()) {
            return problem;
        }
        // Taking the links first makes a link work once even for two submissions at the same moment: the
        // second one's delete waits for the first to commit, then finds nothing to take.
        Optional<String> sentTo = jdbc.sql("delete from password_link where user_id = ? returning coalesce(sent_to, '')")
                .param(link.userId()).query(String.class).optional();
        if (sentTo.isEmpty()) {
            return Optional.of("set-password.link.invalid");
        }
        // A link mailed to the account's own address proves the address reaches this person.
        jdbc.sql("""
                update app_user set email_verified_at = ?
                 where id = ? and email_verified_at is null and lower(email) = lower(?)""")
                .params(Timestamp.from(clock.instant()), link.userId(), sentTo.get()).update();
        // The person chose this password themselves: nothing left to change after signing in.
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false, session_version = session_version + 1 where id = ?")
                .params(PasswordHashes.hash(encoder, password), link.userId()).update();
        jdbc.sql("delete from login_failure where username = ?").param(link.username()).update();
        audit.record(AuditTrail.PASSWORD_SET_WITH_LINK, link.userId(),
                "Password chosen with " + switch (link.purpose()) {
                    case INVITATION -> "an invitation";
                    case RESET -> "a reset";
                    case FORGOTTEN -> "a forgotten-password";
                } + " link");
        return Optional.empty();
    }

    private record Link(long userId, String username, String displayName, Purpose purpose) {
    }

    private Optional<Link> live(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select u.id, u.username, u.display_name, l.purpose from password_link l join app_user u on u.id = l.user_id
                 where l.token_hash = ? and l.expires_at > ? and u.enabled""")
                .params(OneTimeTokens.hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), Purpose.valueOf(rs.getString(4))))
                .optional();
    }
}
