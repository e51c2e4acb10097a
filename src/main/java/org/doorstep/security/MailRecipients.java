package org.doorstep.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where mail for an account goes: its address once verified, and its language. Other features (reminders,
 * workshop invitations, notices) ask here rather than reading accounts themselves.
 */
@Service
public class MailRecipients {

    /** A verified address with the person's language and whether they want follow-up reminders. */
    public record Recipient(long userId, String email, String displayName, Locale locale, boolean remindersEnabled) {
    }

    private final JdbcClient jdbc;

    MailRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's verified address, or empty when it has none (or is deactivated). */
    // Called by other services and by background workers with nobody signed in; it returns nothing a view shows.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Recipient> verified(long userId) {
        return jdbc.sql("""
                select id, email, display_name, language, reminders_enabled from app_user
                 where id = ? and enabled and email is not null and email_verified_at is not null""")
                .param(userId)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3),
                        localeOf(rs.getString(4)), rs.getBoolean(5)))
                .optional();
    }

    static Locale localeOf(String languageTag) {
        return languageTag == null || languageTag.isBlank() ? Locale.UK : Locale.forLanguageTag(languageTag);
    }
}
