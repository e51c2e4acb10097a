package org.doorstep.exercise.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;

/**
 * Stores an import set-wise: the rows go into a temporary table by COPY, then a few statements
 * compare and merge them. Runs inside the caller's transaction, so an import is all or nothing.
 */
@Repository
public class ConnectionImports {

    public record Counts(int added, int updated, int unchanged, int gone) {
    }

    /** Told after each COPY chunk is handed to PostgreSQL (0 for the first); a seam to fail an import part-way. */
    interface ChunkListener {
        void written(int chunk) throws SQLException;
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile ChunkListener chunkListener = chunk -> { };

    ConnectionImports(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public boolean hasConnections(long userId) {
        return jdbc.sql("select exists (select 1 from connection where user_id = ?)").param(userId)
                .query(Boolean.class).single();
    }

    /**
     * A first import has nothing to compare or merge with: the rows go straight into the table by COPY,
     * each chunk prepared while PostgreSQL stores the previous one.
     */
    public void copyFirstImport(long userId, Iterator<List<StagedRow>> chunks) {
        copy("copy connection (user_id, match_key, name_key, first_name, last_name, profile_url, email, company, "
                + "position, connected_on, message_count, invited_by_them, invitation_note, spoken, spoken_suggested) "
                + "from stdin", chunks, userId);
    }

    /** Puts the rows in the transaction's temporary table import_rows. */
    public void stage(List<StagedRow> rows) {
        jdbc.sql("""
                create temporary table if not exists import_rows (
                    match_key text primary key, name_key text, first_name text, last_name text, profile_url text,
                    email text, company text, position text, connected_on date, message_count integer,
                    invited_by_them boolean, invitation_note text
                ) on commit drop""").update();
        jdbc.sql("truncate import_rows").update();
        List<List<StagedRow>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
        copy("copy import_rows from stdin", chunks.iterator(), null);
    }

    /**
     * Streams the rows to COPY in chunks, on the transaction's connection: PostgreSQL stores one chunk
     * while the next is formatted, instead of waiting for the whole text.
     */
    private void copy(String sql, Iterator<List<StagedRow>> chunks, @Nullable Long userId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                for (int written = 0; chunks.hasNext(); written++) {
                    byte[] chunk = copyText(chunks.next(), userId).getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(chunk, 0, chunk.length);
                    chunkListener.written(written);
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the import failed", e);
        }
    }

    /** Rows per COPY chunk: big enough to keep the protocol cheap, small enough to overlap the work. */
    public static final int CHUNK = 2000;

    void setChunkListener(ChunkListener listener) {
        this.chunkListener = listener == null ? chunk -> { } : listener;
    }

    /** COPY's text: the owner first for the connection table, then whether messaged twice (spoken, suggested). */
    private static String copyText(List<StagedRow> rows, @Nullable Long userId) {
        CopyText out = new CopyText(rows.size() * 200);
        for (StagedRow row : rows) {
            if (userId != null) {
                out.value(userId);
            }
            out.value(row.matchKey()).value(row.nameKey()).value(row.firstName()).value(row.lastName())
                    .value(row.profileUrl()).value(row.email()).value(row.company()).value(row.position())
                    .value(row.connectedOn()).value(row.messageCount()).value(row.invitedByThem())
                    .value(row.invitationNote());
            if (userId != null) {
                out.value(row.messaged()).value(row.messaged());
            }
            out.endRow();
        }
        return out.toString();
    }

    /** What merging the staged rows would do, without doing it. */
    public Counts compare(long userId) {
        int matched = count("""
                select count(*) from import_rows s join connection c on c.user_id = ?
                 and (c.match_key = s.match_key or (c.match_key like 'name:%' and c.match_key = s.name_key))""", userId);
        int changed = count("""
                select count(*) from import_rows s join connection c on c.user_id = ?
                 and (c.match_key = s.match_key or (c.match_key like 'name:%' and c.match_key = s.name_key))
                 where c.gone_at is not null or c.match_key <> s.match_key
                    or (c.first_name, c.last_name, c.profile_url, c.company, c.position, c.connected_on)
                       is distinct from (s.first_name, s.last_name, s.profile_url, s.company, s.position, s.connected_on)""",
                userId);
        int staged = jdbc.sql("select count(*) from import_rows").query(Integer.class).single();
        int gone = count("""
                select count(*) from connection c where c.user_id = ? and c.gone_at is null
                 and not exists (select 1 from import_rows s where s.match_key = c.match_key or s.name_key = c.match_key)""",
                userId);
        return new Counts(staged - matched, changed, matched - changed, gone);
    }

    /**
     * Merges: old-format rows take their URL key, new people arrive undecided, decisions stay, missing ones are gone.
     * withMessages: the upload held messages.csv, whose counts then replace those stored; an invitation replaces the
     * one stored only when the file lists one (older ones drop out of LinkedIn's window, and stay known here).
     */
    public void merge(long userId, Instant now, boolean withMessages) {
        jdbc.sql("""
                update connection c set match_key = s.match_key
                  from import_rows s
                 where c.user_id = ? and c.match_key = s.name_key and s.match_key <> s.name_key
                   and not exists (select 1 from connection d where d.user_id = c.user_id and d.match_key = s.match_key)""")
                .param(userId).update();
        jdbc.sql("""
                insert into connection (user_id, match_key, name_key, first_name, last_name, profile_url, email, company,
                                        position, connected_on, message_count, invited_by_them, invitation_note,
                                        spoken, spoken_suggested, created_at, updated_at)
                select ?, match_key, name_key, first_name, last_name, profile_url, email, company, position,
                       connected_on, message_count, invited_by_them, invitation_note,
                       message_count > 0, message_count > 0, ?, ?
                  from import_rows
                on conflict (user_id, match_key) do update set
                       name_key = excluded.name_key, first_name = excluded.first_name, last_name = excluded.last_name,
                       profile_url = excluded.profile_url, email = excluded.email, company = excluded.company,
                       position = excluded.position, connected_on = excluded.connected_on, gone_at = null,
                       spoken = connection.spoken or (excluded.spoken_suggested and connection.decision is null),
                       spoken_suggested = connection.spoken_suggested
                                          or (excluded.spoken_suggested and connection.decision is null and not connection.spoken),
                       updated_at = excluded.updated_at
                 where connection.gone_at is not null
                    or (connection.first_name, connection.last_name, connection.profile_url,
                        connection.company, connection.position, connection.connected_on)
                       is distinct from (excluded.first_name, excluded.last_name, excluded.profile_url,
                        excluded.company, excluded.position, excluded.connected_on)
                    or (excluded.spoken_suggested and connection.decision is null and not connection.spoken)""")
                .params(userId, Timestamp.from(now), Timestamp.from(now)).update();
        // Addresses follow the latest choice: kept when opted in, erased when not. Neither they nor the evidence
        // are a change to count.
        jdbc.sql("""
                update connection c set email = s.email,
                       message_count = case when ? then s.message_count else c.message_count end,
                       invited_by_them = coalesce(s.invited_by_them, c.invited_by_them),
                       invitation_note = case when s.invited_by_them is null then c.invitation_note
                                              else s.invitation_note end
                  from import_rows s
                 where c.user_id = ? and c.match_key = s.match_key
                   and (c.email is distinct from s.email
                        or (? and c.message_count <> s.message_count)
                        or (s.invited_by_them is not null and (c.invited_by_them, c.invitation_note)
                            is distinct from (s.invited_by_them, s.invitation_note)))""")
                .params(withMessages, userId, withMessages).update();
        jdbc.sql("""
                update connection c set gone_at = ?, updated_at = ?
                 where c.user_id = ? and c.gone_at is null
                   and not exists (select 1 from import_rows s where s.match_key = c.match_key)""")
                .params(Timestamp.from(now), Timestamp.from(now), userId).update();
    }

    /** Marks the connections made in a burst week (V018's rule), after the rows of an import are stored. */
    public void markBurstWeeks(long userId) {
        jdbc.sql("select mark_burst_weeks(?)").param(userId).query(rs -> { });
    }

    /**
     * After a first import: marks the rows of the burst weeks among the weeks counted while storing them, by the
     * same rule, without reading the whole network back (V027).
     */
    void markFirstBurstWeeks(long userId, WeekHistogram weeks) {
        jdbc.sql("select mark_first_burst_weeks(?, ?::date[], ?::int[])").params(userId, weeks.weeks(), weeks.counts())
                .query(rs -> { });
    }

    public void record(long userId, String fileName, String format, Instant at, Counts counts, int skipped) {
        jdbc.sql("""
                insert into network_import (user_id, file_name, format, imported_at, added, updated, unchanged, gone, skipped)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(userId, fileName, format, Timestamp.from(at), counts.added(), counts.updated(),
                        counts.unchanged(), counts.gone(), skipped)
                .update();
    }

    private int count(String sql, long userId) {
        return jdbc.sql(sql).param(userId).query(Integer.class).single();
    }
}
