package org.doorstep.base.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorstep.base.OutboxEntry;
import org.doorstep.base.OutboxMail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox's SQL: claiming due mail, recording what became of it, and reading it for the Outbox page. */
@Component
public class OutboxStore {

    /** A claimed mail, as the worker sends it. */
    record Due(long id, String recipient, String subject, String text, String html, List<Attachment> attachments) {
    }

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    private static final String ROW_COLUMNS = """
            id, created_at, recipient, kind, subject, state, attempts, next_attempt_at, sent_at, last_error""";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes up to {@code limit} due mails and pushes their next attempt past the lease, in one short statement:
     * rows another instance holds are skipped, and a claimed row is due again only if this one dies mid-send.
     */
    List<Due> claim(int limit, Duration lease) {
        List<Due> due = jdbc.sql("""
                update mail_outbox set next_attempt_at = now() + make_interval(secs => :lease)
                 where id in (select id from mail_outbox where state = 'QUEUED' and next_attempt_at <= now()
                               order by next_attempt_at, id limit :limit for update skip locked)
                returning id, recipient, subject, body_text, body_html""")
                .param("lease", lease.toSeconds()).param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), List.of()))
                .list();
        return due.stream().map(mail -> new Due(mail.id(), mail.recipient(), mail.subject(), mail.text(), mail.html(),
                attachments(mail.id()))).toList();
    }

    private List<Attachment> attachments(long mailId) {
        return jdbc.sql("select file_name, content_type, content from mail_attachment where mail_id = ? order by id")
                .param(mailId).query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    /** Sent: once delivered, the bodies (one-time links) and attachment contents are erased unless kept. */
    void sent(List<Long> ids, boolean keepBodies) {
        if (ids.isEmpty()) {
            return;
        }
        Long[] idArray = ids.toArray(Long[]::new);
        jdbc.sql("""
                update mail_outbox set state = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = null,
                       body_text = case when :keep then body_text else '' end,
                       body_html = case when :keep then body_html else '' end
                 where id = any(:ids)""")
                .param("keep", keepBodies).param("ids", idArray).update();
        if (!keepBodies) {
            jdbc.sql("update mail_attachment set content = ''::bytea where mail_id = any(:ids)").param("ids", idArray).update();
        }
    }

    /**
     * Not delivered: tried again after 30 s, doubling up to an hour between tries, and given up (FAILED) once
     * the mail has waited three days.
     */
    void failed(long id, String error) {
        jdbc.sql("""
                update mail_outbox set attempts = attempts + 1, last_error = left(:error, 300),
                       next_attempt_at = now() + least(interval '1 hour', interval '30 seconds' * power(2, least(attempts, 20))),
                       state = case when created_at < now() - interval '3 days' then 'FAILED' else 'QUEUED' end
                 where id = :id""")
                .param("error", error).param("id", id).update();
    }

    /** A mail that can never be sent as it stands (an address that does not parse): given up at once. */
    void undeliverable(long id, String error) {
        jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = left(?, 300), state = 'FAILED' where id = ?")
                .params(error, id).update();
    }

    public List<OutboxEntry> page(int offset, int limit) {
        return jdbc.sql("select " + ROW_COLUMNS + " from mail_outbox order by created_at desc, id desc offset ? limit ?")
                .params(offset, limit).query((rs, n) -> row(rs)).list();
    }

    public int count() {
        return jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single();
    }

    public Optional<OutboxMail> open(long id) {
        return jdbc.sql("select " + ROW_COLUMNS + ", body_text from mail_outbox where id = ?").param(id)
                .query((rs, n) -> new OutboxMail(row(rs), rs.getString("body_text"), List.of())).optional()
                .map(mail -> new OutboxMail(mail.entry(), mail.text(), jdbc.sql(
                        "select file_name from mail_attachment where mail_id = ? order by id").param(id).query(String.class).list()));
    }

    private static OutboxEntry row(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("recipient"), rs.getString("kind"),
                rs.getString("subject"), rs.getString("state"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"), rs.getString("last_error"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
