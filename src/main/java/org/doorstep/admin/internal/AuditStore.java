package org.doorstep.admin.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.doorstep.admin.AuditEntry;
import org.doorstep.admin.AuditFilter;
import org.doorstep.base.LikePattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log, newest first, one page at a time. */
@Component
public class AuditStore {

    private static final String MATCHING = """
              from audit_event e
             where (cast(:action as text) is null or e.action = :action)
               and (e.actor_username ilike :text or coalesce(e.subject_username, '') ilike :text)
               and (cast(:from as timestamptz) is null or e.occurred_at >= :from)
               and (cast(:until as timestamptz) is null or e.occurred_at < :until)
            """;

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> page(AuditFilter filter, ZoneId zone, int offset, int limit) {
        return bind(jdbc.sql("select e.id, e.occurred_at, e.actor_username, e.action, e.subject_username, e.details "
                + MATCHING + " order by e.occurred_at desc, e.id desc offset :offset limit :limit"), filter, zone)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    public int count(AuditFilter filter, ZoneId zone) {
        return bind(jdbc.sql("select count(*) " + MATCHING), filter, zone).query(Integer.class).single();
    }

    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
    }

    /** Days in the administrator's time zone, both ends included. */
    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditFilter filter, ZoneId zone) {
        return sql.param("action", filter.action()).param("text", LikePattern.containing(filter.text()))
                .param("from", startOf(filter.from(), zone)).param("until", startOf(filter.to() == null ? null : filter.to().plusDays(1), zone));
    }

    private static @Nullable Timestamp startOf(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
