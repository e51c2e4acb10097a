package org.doorstep.exercise.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.base.LikePattern;
import org.doorstep.exercise.ConnectionEvidence;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A trainee's connections, one page at a time. Every statement names the owner, so no call can
 * read or change anyone else's rows.
 */
@Repository
public class ConnectionStore {

    private static final String COLUMNS = """
            id, first_name, last_name, profile_url, company, position, connected_on, spoken, understands,
            can_help_them, they_can_help, spoken_suggested, decision, note, removed_on_linkedin, reach_out_due, gone_at,
            message_count, invited_by_them, invitation_note, burst_week_count""";
    // Newest first, undated last, then id: a total order, so "next" and "position" are well defined.
    private static final String SORT_KEY = "coalesce(connected_on, date '0001-01-01')";

    /**
     * The list's order as a keyset: its columns, all in one direction. "Likely strangers first" puts the
     * stranger_score (V019) before the date; both orders have an index that matches.
     */
    private record Order(List<String> columns, boolean descending) {
        static Order of(ConnectionFilter filter) {
            if (filter.strangersFirst()) {
                return new Order(List.of("stranger_score", SORT_KEY, "id"), true);
            }
            return new Order(List.of(SORT_KEY, "id"), !filter.oldestFirst());
        }

        String by(boolean reversed) {
            String direction = descending != reversed ? " desc" : " asc";
            return " order by " + String.join(direction + ", ", columns) + direction;
        }

        /** Rows after (or before) the given one in this order. */
        String beyond(boolean after) {
            String key = String.join(", ", columns);
            return " and (" + key + ")" + (descending == after ? " < " : " > ")
                    + "(select " + key + " from connection where user_id = ? and id = ?)";
        }
    }

    private static String order(ConnectionFilter filter) {
        return Order.of(filter).by(false);
    }

    private final JdbcClient jdbc;

    ConnectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A filter as SQL: the where clause and its parameters, in order. */
    record Where(String sql, List<Object> params) {
        static Where of(long userId, ConnectionFilter filter) {
            StringBuilder sql = new StringBuilder(" where user_id = ? and gone_at is null");
            List<Object> params = new ArrayList<>(List.of(userId));
            if (filter.undecidedOnly()) {
                sql.append(" and (decision is null or decision = 'LATER')");
            }
            if (filter.decision() != null) {
                sql.append(" and decision = ?");
                params.add(filter.decision().name());
            }
            like(sql, params, "company", filter.company());
            like(sql, params, "position", filter.position());
            like(sql, params, "first_name || ' ' || last_name", filter.name());
            if (filter.year() != null) {
                sql.append(" and connected_on >= ? and connected_on < ?");
                params.add(Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
                params.add(Date.valueOf(LocalDate.of(filter.year() + 1, 1, 1)));
            }
            if (filter.week() != null) {
                // On the order's own key, so the newest-first index (V024) finds the week as a range.
                sql.append(" and " + SORT_KEY + " >= ? and " + SORT_KEY + " < ?");
                params.add(Date.valueOf(filter.week()));
                params.add(Date.valueOf(filter.week().plusDays(7)));
            }
            // The evidence filters say what the stranger_score (V019) counts, in the same words.
            if (filter.neverMessaged()) {
                sql.append(" and message_count = 0");
            }
            if (filter.invitedWithoutNote()) {
                sql.append(" and invited_by_them and btrim(coalesce(invitation_note, '')) = ''");
            }
            if (filter.burstWeek()) {
                sql.append(" and burst_week_count is not null");
            }
            if (filter.noCompanyOrPosition()) {
                sql.append(" and btrim(coalesce(company, '')) = '' and btrim(coalesce(position, '')) = ''");
            }
            return new Where(sql.toString(), params);
        }

        private static void like(StringBuilder sql, List<Object> params, String column, @Nullable String text) {
            if (text != null && !text.isBlank()) {
                sql.append(" and ").append(column).append(" ilike ? escape '\\'");
                params.add(LikePattern.containing(text));
            }
        }
    }

    public List<ConnectionRow> page(long userId, ConnectionFilter filter, int offset, int limit) {
        Where where = Where.of(userId, filter);
        // The page's ids first, from a covering index alone (V019, V024), then only those rows: skipping 25,000
        // rows reads no table rows.
        return jdbc.sql("select " + COLUMNS + " from connection where id in (select id from connection" + where.sql()
                        + order(filter) + " limit ? offset ?)" + order(filter))
                .params(where.params()).param(limit).param(offset)
                .query(ConnectionStore::row).list();
    }

    public int count(long userId, ConnectionFilter filter) {
        Where where = Where.of(userId, filter);
        return jdbc.sql("select count(*) from connection" + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** The row after (or before) the given one in the filter's order; the given one need not match the filter. */
    public Optional<ConnectionRow> neighbour(long userId, ConnectionFilter filter, long id, boolean forward) {
        Where where = Where.of(userId, filter);
        Order order = Order.of(filter);
        return jdbc.sql("select " + COLUMNS + " from connection" + where.sql() + order.beyond(forward)
                        + order.by(!forward) + " limit 1")
                .params(where.params()).param(userId).param(id)
                .query(ConnectionStore::row).optional();
    }

    /** How many rows come before the given one in the filter's order: its index in the list. */
    public int position(long userId, ConnectionFilter filter, long id) {
        Where where = Where.of(userId, filter);
        return jdbc.sql("select count(*) from connection" + where.sql() + Order.of(filter).beyond(false))
                .params(where.params()).param(userId).param(id).query(Integer.class).single();
    }

    public Optional<ConnectionRow> find(long userId, long id) {
        return jdbc.sql("select " + COLUMNS + " from connection where user_id = ? and id = ?").params(userId, id)
                .query(ConnectionStore::row).optional();
    }

    /** Decisions among the connections still on LinkedIn; null stands for undecided. */
    public Map<Decision, Integer> perDecision(long userId) {
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        jdbc.sql("select decision, count(*) from connection where user_id = ? and gone_at is null and decision is not null "
                        + "group by decision")
                .param(userId)
                .query((rs, n) -> counts.put(Decision.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    public List<Integer> years(long userId) {
        return jdbc.sql("select distinct extract(year from connected_on)::int as y from connection "
                        + "where user_id = ? and gone_at is null and connected_on is not null order by y desc")
                .param(userId).query(Integer.class).list();
    }

    public ExerciseSummary summary(long userId) {
        return summaries(List.of(userId)).getOrDefault(userId, ExerciseSummary.NONE);
    }

    /** Counts for several trainees in one query (a cohort's tracker); trainees without connections are absent. */
    public Map<Long, ExerciseSummary> summaries(java.util.Collection<Long> userIds) {
        Map<Long, ExerciseSummary> summaries = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return summaries;
        }
        jdbc.sql("""
                select c.user_id,
                       count(*) filter (where gone_at is null),
                       count(*) filter (where gone_at is null and decision is not null and decision <> 'LATER'),
                       count(*) filter (where decision = 'KEEP' and gone_at is null),
                       count(*) filter (where decision = 'WEAK_TIE' and gone_at is null),
                       count(*) filter (where decision = 'REACH_OUT' and gone_at is null),
                       count(*) filter (where decision = 'REMOVE'),
                       count(*) filter (where decision = 'REMOVE' and (removed_on_linkedin or gone_at is not null)),
                       count(*) filter (where gone_at is not null and gone_at >= coalesce(
                           (select max(imported_at) from network_import i where i.user_id = c.user_id), now())),
                       count(*),
                       count(*) filter (where gone_at is null and not removed_on_linkedin)
                  from connection c where c.user_id = any(?) group by c.user_id""")
                .param(userIds.toArray(Long[]::new))
                .query((rs, n) -> summaries.put(rs.getLong(1), new ExerciseSummary(rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10), rs.getInt(11))))
                .list();
        return summaries;
    }

    public boolean setCriterion(long userId, long id, Criterion criterion, boolean met, Instant at) {
        String column = switch (criterion) {
            case SPOKEN -> "spoken";
            case UNDERSTANDS -> "understands";
            case CAN_HELP_THEM -> "can_help_them";
            case THEY_CAN_HELP -> "they_can_help";
        };
        // Touching criterion 1 confirms or clears the messages.csv suggestion.
        String suggestion = criterion == Criterion.SPOKEN ? ", spoken_suggested = false" : "";
        return update("update connection set " + column + " = ?" + suggestion + ", updated_at = ? where user_id = ? and id = ?",
                met, Timestamp.from(at), userId, id);
    }

    /** A decision made one by one: it wins over any bulk action, so the row leaves that action's undo (V020). */
    public boolean decide(long userId, long id, Decision decision, @Nullable LocalDate reachOutDue, Instant at) {
        return update("update connection set decision = ?, reach_out_due = coalesce(reach_out_due, ?), updated_at = ?, "
                        + BulkDecisionStore.ONE_BY_ONE + " where user_id = ? and id = ?",
                decision == null ? null : decision.name(), reachOutDue == null ? null : Date.valueOf(reachOutDue),
                Timestamp.from(at), userId, id);
    }

    public boolean setNote(long userId, long id, @Nullable String note, Instant at) {
        return update("update connection set note = ?, updated_at = ? where user_id = ? and id = ?",
                note, Timestamp.from(at), userId, id);
    }

    public boolean setRemovedOnLinkedIn(long userId, long id, boolean removed, Instant at) {
        return update("update connection set removed_on_linkedin = ?, updated_at = ? where user_id = ? and id = ?",
                removed, Timestamp.from(at), userId, id);
    }

    public boolean setReachOutDue(long userId, long id, @Nullable LocalDate due, Instant at) {
        return update("update connection set reach_out_due = ?, updated_at = ? where user_id = ? and id = ?",
                due == null ? null : Date.valueOf(due), Timestamp.from(at), userId, id);
    }

    /** The plan's lists: connections with this decision, including those gone since (removals done). */
    public List<ConnectionRow> withDecision(long userId, Decision decision, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from connection where user_id = ? and decision = ?"
                        + " order by gone_at nulls first, last_name, first_name, id limit ? offset ?")
                .params(userId, decision.name(), limit, offset).query(ConnectionStore::row).list();
    }

    public int countWithDecision(long userId, Decision decision) {
        return jdbc.sql("select count(*) from connection where user_id = ? and decision = ?")
                .params(userId, decision.name()).query(Integer.class).single();
    }

    /** Everything stored of the trainee's network, for their own download. */
    public List<ConnectionRow> all(long userId) {
        return jdbc.sql("select " + COLUMNS + " from connection where user_id = ? order by id").param(userId)
                .query(ConnectionStore::row).list();
    }

    /** The e-mail addresses kept (the trainee opted in at import), by connection id, for their own download. */
    public Map<Long, String> emails(long userId) {
        Map<Long, String> emails = new HashMap<>();
        jdbc.sql("select id, email from connection where user_id = ? and email is not null").param(userId)
                .query(rs -> {
                    emails.put(rs.getLong("id"), rs.getString("email"));
                });
        return emails;
    }

    public int deleteAll(long userId) {
        int rows = jdbc.sql("delete from connection where user_id = ?").param(userId).update();
        jdbc.sql("delete from network_import where user_id = ?").param(userId).update();
        return rows;
    }

    private boolean update(String sql, @Nullable Object... params) {
        return jdbc.sql(sql).params(params).update() == 1;
    }

    private static ConnectionRow row(ResultSet rs, int rowNum) throws SQLException {
        EnumSet<Criterion> criteria = EnumSet.noneOf(Criterion.class);
        if (rs.getBoolean("spoken")) {
            criteria.add(Criterion.SPOKEN);
        }
        if (rs.getBoolean("understands")) {
            criteria.add(Criterion.UNDERSTANDS);
        }
        if (rs.getBoolean("can_help_them")) {
            criteria.add(Criterion.CAN_HELP_THEM);
        }
        if (rs.getBoolean("they_can_help")) {
            criteria.add(Criterion.THEY_CAN_HELP);
        }
        String decision = rs.getString("decision");
        Date connected = rs.getDate("connected_on");
        Date due = rs.getDate("reach_out_due");
        return new ConnectionRow(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("profile_url"), rs.getString("company"), rs.getString("position"),
                connected == null ? null : connected.toLocalDate(), criteria, rs.getBoolean("spoken_suggested"),
                decision == null ? null : Decision.valueOf(decision), rs.getString("note"),
                rs.getBoolean("removed_on_linkedin"), due == null ? null : due.toLocalDate(),
                rs.getTimestamp("gone_at") != null, evidence(rs));
    }

    private static ConnectionEvidence evidence(ResultSet rs) throws SQLException {
        boolean invitedByThem = rs.getBoolean("invited_by_them");
        Boolean invited = rs.wasNull() ? null : invitedByThem;
        int burst = rs.getInt("burst_week_count");
        Integer burstWeekCount = rs.wasNull() ? null : burst;
        return new ConnectionEvidence(rs.getInt("message_count"), invited, rs.getString("invitation_note"), burstWeekCount);
    }
}
