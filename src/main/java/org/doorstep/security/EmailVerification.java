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
import org.doorstep.security.internal.OneTimeTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that an address belongs to an account: a link (24 hours, once; only its SHA-256 stored; a newer one
 * replaces an older) goes to the address, and following it makes it the account's address. Until then the
 * account keeps its verified address, and Doorstep sends the new one nothing but the link.
 */
@Service
public class EmailVerification {

    public static final Duration LIFETIME = Duration.ofHours(24);
    static final String VERIFIED = "EMAIL_VERIFIED";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final AuditTrail audit;
    private final Clock clock;

    EmailVerification(JdbcClient jdbc, Outbox outbox, PublicUrl publicUrl, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a verification link to the address; the problem's translation key when it is refused, else empty. */
    @PreAuthorize("hasRole('ADMIN') or (isAuthenticated() and #userId == principal.id())")
    @Transactional
    public Optional<String> requestVerification(long userId, String email) {
        return start(userId, email);
    }

    /** For registration, whose new account is nobody's signed-in account yet; joins the caller's transaction. */
    Optional<String> start(long userId, String email) {
        Optional<String> problem = problem(email, userId);
        if (problem.isPresent()) {
            return problem;
        }
        String address = EmailAddresses.clean(email);
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("delete from email_verification where expires_at < ?").param(Timestamp.from(now)).update();
        jdbc.sql("""
                insert into email_verification (user_id, email, token_hash, expires_at) values (?, ?, ?, ?)
                on conflict (user_id) do update set email = excluded.email, token_hash = excluded.token_hash,
                       expires_at = excluded.expires_at, created_at = now()""")
                .params(userId, address, OneTimeTokens.hash(token), Timestamp.from(now.plus(LIFETIME))).update();
        Holder holder = jdbc.sql("select display_name, language from app_user where id = ?").param(userId)
                .query((rs, n) -> new Holder(rs.getString(1), rs.getString(2))).single();
        outbox.queue(new Mail(address, userId, MailRecipients.localeOf(holder.language()), "verify-email",
                List.of(holder.displayName(), address, publicUrl.link("/verify-email?token=" + token))));
        return Optional.empty();
    }

    /**
     * Why an address cannot be this account's: invalid, or another account's already (whatever its case).
     * {@code userId}: the account the address is for, or null for one not created yet.
     */
    Optional<String> problem(String email, @Nullable Long userId) {
        String address = EmailAddresses.clean(email);
        if (!EmailAddresses.isValid(address)) {
            return Optional.of("email.invalid");
        }
        boolean taken = jdbc.sql("select exists (select 1 from app_user where lower(email) = lower(?) and id is distinct from ?)")
                .param(address).param(userId).query(Boolean.class).single();
        return taken ? Optional.of("email.taken") : Optional.empty();
    }

    private record Holder(String displayName, String language) {
    }

    /** What following a link did: the address it verified or found taken (null for a link not valid), the problem's key when not verified. */
    public record Outcome(boolean verified, @Nullable String email, @Nullable String problemKey) {
    }

    /** Follows a link: its address becomes the account's, verified now. */
    @PreAuthorize("permitAll()") // opened from the mail, signed in or not
    @Transactional
    public Outcome verify(String token) {
        Outcome invalid = new Outcome(false, null, "verify-email.invalid");
        if (token == null || token.isBlank()) {
            return invalid;
        }
        // Taking the row makes the link work once, even for two clicks at the same moment.
        Optional<Pending> taken = jdbc.sql("""
                delete from email_verification v using app_user u
                 where u.id = v.user_id and u.enabled and v.token_hash = ? and v.expires_at > ?
                returning v.user_id, v.email""")
                .params(OneTimeTokens.hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2))).optional();
        if (taken.isEmpty()) {
            return invalid;
        }
        Pending pending = taken.get();
        if (problem(pending.email(), pending.userId()).isPresent()) {
            // Another account verified the same address since the link was sent; the unique index has the last word.
            return new Outcome(false, pending.email(), "email.taken");
        }
        Previous previous = jdbc.sql("""
                select case when email_verified_at is not null then email end, display_name, username, language from app_user where id = ?""")
                .param(pending.userId()).query((rs, n) -> new Previous(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
        jdbc.sql("update app_user set email = ?, email_verified_at = ? where id = ?")
                .params(pending.email(), Timestamp.from(clock.instant()), pending.userId()).update();
        if (previous.email() != null && !previous.email().equalsIgnoreCase(pending.email())) {
            // The old mailbox hears of it, so someone who took over a session cannot move the account unnoticed.
            outbox.queue(new Mail(previous.email(), pending.userId(), MailRecipients.localeOf(previous.language()), "email-changed-by-you",
                    List.of(previous.displayName(), previous.username(), pending.email())));
        }
        audit.record(VERIFIED, pending.userId(), "E-mail address verified with a link");
        return new Outcome(true, pending.email(), null);
    }

    private record Pending(long userId, String email) {
    }

    /** {@code email}: the verified address before this one, null when there was none. */
    private record Previous(@Nullable String email, String displayName, String username, String language) {
    }
}
