package org.doorstep.exercise.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.exercise.BulkAction;
import org.doorstep.exercise.BulkPreview;
import org.doorstep.exercise.BulkSelection;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One decision for many connections, in SQL over the trainee's own rows (the filter is never loaded into the
 * session), and its undo (V020). A row decided one by one keeps its decision unless the trainee overrides.
 */
@Repository
public class BulkDecisionStore {

    /** What a decision made one by one sets: no bulk action owns the row any more, nothing to undo. */
    static final String ONE_BY_ONE = "bulk_decision_id = null, decision_before = null, reach_out_due_before = null, "
            + "bulk_decision_before = null";
    // Decided one by one: a decision that no bulk action set.
    private static final String BY_HAND = "(decision is not null and bulk_decision_id is null)";

    private final JdbcClient jdbc;

    BulkDecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The selected rows still on LinkedIn: the filter's, or the ticked ids among them. */
    private static ConnectionStore.Where where(long userId, BulkSelection selection) {
        if (selection.ids() == null) {
            return ConnectionStore.Where.of(userId, Objects.requireNonNull(selection.filter(), "a filter when no ids"));
        }
        ConnectionStore.Where all = ConnectionStore.Where.of(userId, ConnectionFilter.ALL);
        List<Object> params = new ArrayList<>(all.params());
        params.add(selection.ids().toArray(Long[]::new));
        return new ConnectionStore.Where(all.sql() + " and id = any(?)", params);
    }

    /** How many rows the selection holds, and how many of them were decided one by one otherwise than this. */
    public BulkPreview preview(long userId, BulkSelection selection, Decision decision) {
        ConnectionStore.Where where = where(userId, selection);
        return jdbc.sql("select count(*), count(*) filter (where " + BY_HAND + " and decision <> ?) from connection"
                        + where.sql())
                .param(decision.name()).params(where.params())
                .query((rs, n) -> new BulkPreview(rs.getInt(1), rs.getInt(2))).single();
    }

    /**
     * Sets the decision on every selected row but those decided one by one (unless {@code overrideOneByOne}; a row
     * already holding this decision by hand is left as it is either way), remembering each row's previous state.
     */
    public BulkAction decide(long userId, BulkSelection selection, Decision decision, boolean overrideOneByOne,
            @Nullable LocalDate reachOutDue, Instant at) {
        BulkPreview before = preview(userId, selection, decision);
        long id = jdbc.sql("insert into bulk_decision (user_id, decision, decided, made_at) values (?, ?, 0, ?) returning id")
                .params(userId, decision.name(), Timestamp.from(at)).query(Long.class).single();
        ConnectionStore.Where where = where(userId, selection);
        jdbc.sql("update connection set bulk_decision_before = bulk_decision_id, decision_before = decision,"
                        + " reach_out_due_before = reach_out_due, decision = ?, reach_out_due = coalesce(reach_out_due, ?),"
                        + " bulk_decision_id = ?, updated_at = ?" + where.sql()
                        + " and (not " + BY_HAND + " or (? and decision <> ?))")
                .param(decision.name()).param(reachOutDue == null ? null : Date.valueOf(reachOutDue)).param(id)
                .param(Timestamp.from(at)).params(where.params()).param(overrideOneByOne).param(decision.name())
                .update();
        int kept = overrideOneByOne ? 0 : before.decidedOneByOne();
        int decided = before.matching() - kept;
        jdbc.sql("update bulk_decision set decided = ? where id = ?").params(decided, id).update();
        return new BulkAction(id, decision, decided, kept, at);
    }

    /** The trainee's newest bulk action if it is not undone yet: the only one Undo can take back. */
    public Optional<BulkAction> undoable(long userId) {
        return jdbc.sql("select id, decision, decided, made_at from bulk_decision where undone_at is null"
                        + " and id = (select max(id) from bulk_decision where user_id = ?)")
                .param(userId)
                .query((rs, n) -> new BulkAction(rs.getLong("id"), Decision.valueOf(rs.getString("decision")),
                        rs.getInt("decided"), 0, rs.getTimestamp("made_at").toInstant()))
                .optional();
    }

    /**
     * Restores each row this bulk action set (and nobody has decided one by one since) as it was before it;
     * returns how many rows were restored.
     */
    public int undo(long userId, long bulkId, Instant at) {
        int restored = jdbc.sql("update connection set decision = decision_before, reach_out_due = reach_out_due_before,"
                        + " bulk_decision_id = bulk_decision_before, decision_before = null, reach_out_due_before = null,"
                        + " bulk_decision_before = null, updated_at = ? where user_id = ? and bulk_decision_id = ?")
                .params(Timestamp.from(at), userId, bulkId).update();
        jdbc.sql("update bulk_decision set undone_at = ? where user_id = ? and id = ?")
                .params(Timestamp.from(at), userId, bulkId).update();
        return restored;
    }

    /** Deleting the trainee's network takes their bulk actions with it. */
    public void deleteAll(long userId) {
        jdbc.sql("delete from bulk_decision where user_id = ?").param(userId).update();
    }
}
