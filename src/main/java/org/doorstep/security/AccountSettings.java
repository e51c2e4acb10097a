package org.doorstep.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.SignedInUser;
import org.doorstep.security.internal.BundleLanguages;
import org.doorstep.security.internal.CurrentSession;
import org.doorstep.security.internal.PasswordHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account: password, e-mail address, language and reminders. Nobody else's. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountSettings {

    static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    static final String EMAIL_CHANGE_REQUESTED = "EMAIL_CHANGE_REQUESTED";

    /**
     * @param email the verified address mail goes to, or null
     * @param pendingEmail an address waiting for its link to be followed, or null
     */
    public record Settings(String username, String displayName, String email, String pendingEmail, Locale language,
            boolean remindersEnabled, boolean mustChangePassword) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final EmailVerification emails;
    private final CurrentSession session;
    private final AuditTrail audit;
    private final Clock clock;

    AccountSettings(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, LoginThrottle throttle,
            EmailVerification emails, CurrentSession session, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.emails = emails;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Settings mine() {
        return jdbc.sql("""
                select u.username, u.display_name, case when u.email_verified_at is not null then u.email end, v.email,
                       u.language, u.reminders_enabled, u.must_change_password
                  from app_user u left join email_verification v on v.user_id = u.id and v.expires_at > ?
                 where u.id = ?""")
                .params(Timestamp.from(clock.instant()), SignedInUser.currentId())
                .query((rs, n) -> new Settings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        MailRecipients.localeOf(rs.getString(5)), rs.getBoolean(6), rs.getBoolean(7)))
                .single();
    }

    /** Whether an administrator chose this account's password, so the person must choose their own first. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return jdbc.sql("select must_change_password from app_user where id = ?").param(SignedInUser.currentId())
                .query(Boolean.class).optional().orElse(false);
    }

    private record Credentials(String username, String displayName, String hash) {
    }

    /**
     * Sets a new password when the current one is right and the new one passes the policy; ends the account's
     * other sessions while this one goes on. A wrong current password counts as a failed sign-in.
     *
     * @return the problem's translation key, or empty when the password was changed
     */
    @Transactional
    public Optional<String> changePassword(String currentPassword, String newPassword, String client) {
        long id = SignedInUser.currentId();
        Credentials mine = credentials(id);
        Optional<String> wrong = checkCurrent(mine, currentPassword, client);
        if (wrong.isPresent()) {
            return wrong;
        }
        Optional<String> problem = policy.problem(newPassword, mine.username(), mine.displayName());
        if (problem.isPresent()) {
            return problem;
        }
        if (encoder.matches(newPassword, mine.hash())) {
            return Optional.of("settings.password.same");
        }
        int version = jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = false, session_version = session_version + 1
                 where id = ? returning session_version""")
                .params(PasswordHashes.hash(encoder, newPassword), id).query(Integer.class).single();
        jdbc.sql("delete from login_failure where username = ?").param(mine.username()).update();
        audit.record(PASSWORD_CHANGED, id, "Password changed by its owner; their other sessions ended");
        session.keepWithVersion(version);
        return Optional.empty();
    }

    /** Re-authentication for a change that could hand the account to someone else; throttled like sign-in. */
    private Optional<String> checkCurrent(Credentials mine, String currentPassword, String client) {
        String from = client == null || client.isBlank() ? "unknown" : client;
        try {
            LoginThrottle.Attempt attempt = throttle.begin(mine.username(), from);
            if (currentPassword == null || !encoder.matches(currentPassword, mine.hash())) {
                throttle.failed(attempt);
                return Optional.of("settings.password.current-wrong");
            }
            throttle.passwordAccepted(attempt, null, false);
            return Optional.empty();
        } catch (LoginThrottledException paused) {
            return Optional.of("settings.password.throttled");
        }
    }

    private Credentials credentials(long id) {
        return jdbc.sql("select username, display_name, password_hash from app_user where id = ?").param(id)
                .query((rs, n) -> new Credentials(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    }

    /**
     * Sends a verification link to a new address; the verified one stays in use until the link is followed. Asks
     * for the current password: whoever controls the address can reset the password, so a borrowed session
     * must not be able to point the account at another mailbox.
     */
    @Transactional
    public Optional<String> changeEmail(String email, String currentPassword, String client) {
        long id = SignedInUser.currentId();
        Optional<String> wrong = checkCurrent(credentials(id), currentPassword, client);
        if (wrong.isPresent()) {
            return wrong;
        }
        String verified = mine().email();
        if (verified != null && verified.equalsIgnoreCase(EmailAddresses.clean(email))) {
            return Optional.of("settings.email.unchanged");
        }
        Optional<String> problem = emails.requestVerification(id, email);
        if (problem.isEmpty()) {
            audit.record(EMAIL_CHANGE_REQUESTED, id, "Verification link sent to a new e-mail address");
        }
        return problem;
    }

    /** The languages Doorstep can show, first the default (British English). */
    public List<Locale> languages() {
        return BundleLanguages.all();
    }

    @Transactional
    public void setLanguage(Locale language) {
        if (!BundleLanguages.all().contains(language)) {
            throw new IllegalArgumentException("Doorstep has no translation for " + language);
        }
        jdbc.sql("update app_user set language = ? where id = ?").params(language.toLanguageTag(), SignedInUser.currentId()).update();
    }

    @Transactional
    public void setRemindersEnabled(boolean enabled) {
        jdbc.sql("update app_user set reminders_enabled = ? where id = ?").params(enabled, SignedInUser.currentId()).update();
    }
}
