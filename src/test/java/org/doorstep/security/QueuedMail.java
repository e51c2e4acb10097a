package org.doorstep.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** A mail as the outbox holds it, read back for a test. */
public record QueuedMail(String recipient, String subject, String text) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** The account's mails of this kind, oldest first. */
    public static List<QueuedMail> of(JdbcTemplate jdbc, long userId, String kind) {
        return jdbc.query("select recipient, subject, body_text from mail_outbox where recipient_user_id = ? and kind = ? order by id",
                (rs, n) -> new QueuedMail(rs.getString(1), rs.getString(2), rs.getString(3)), userId, kind);
    }

    public String link() {
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link in: " + text);
        }
        return link.group();
    }

    /** The token the link carries. */
    public String token() {
        String link = link();
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
