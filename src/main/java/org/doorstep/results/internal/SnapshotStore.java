package org.doorstep.results.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.results.Snapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded figures and each trainee's pruning-finished date. Every statement names the owner. */
@Repository
public class SnapshotStore {

    private static final String COLUMNS = """
            id, taken_on, baseline, profile_views, search_appearances, post_impressions, followers, connection_count,
            ssi_brand, ssi_people, ssi_insights, ssi_relationships""";

    private final JdbcClient jdbc;

    SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Snapshot> of(long userId) {
        return jdbc.sql("select " + COLUMNS + " from result_snapshot where user_id = ? order by taken_on, id")
                .param(userId).query(SnapshotStore::row).list();
    }

    /** Several trainees' snapshots in one query, by trainee, each in date order. */
    public Map<Long, List<Snapshot>> ofAll(Collection<Long> userIds) {
        Map<Long, List<Snapshot>> byUser = new HashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        jdbc.sql("select user_id, " + COLUMNS + " from result_snapshot where user_id = any(?) order by taken_on, id")
                .param(userIds.toArray(Long[]::new))
                .query((rs, n) -> byUser.computeIfAbsent(rs.getLong("user_id"), id -> new java.util.ArrayList<>())
                        .add(row(rs, n)))
                .list();
        return byUser;
    }

    public long insert(long userId, Snapshot s) {
        return jdbc.sql("""
                insert into result_snapshot (user_id, taken_on, baseline, profile_views, search_appearances, post_impressions,
                    followers, connection_count, ssi_brand, ssi_people, ssi_insights, ssi_relationships)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(userId).param(Date.valueOf(s.takenOn())).param(s.baseline()).param(s.profileViews())
                .param(s.searchAppearances()).param(s.postImpressions()).param(s.followers())
                .param(s.connectionCount()).param(s.ssiBrand()).param(s.ssiPeople()).param(s.ssiInsights())
                .param(s.ssiRelationships())
                .query(Long.class).single();
    }

    public boolean update(long userId, Snapshot s) {
        return jdbc.sql("""
                update result_snapshot set taken_on = ?, baseline = ?, profile_views = ?, search_appearances = ?,
                    post_impressions = ?, followers = ?, connection_count = ?, ssi_brand = ?, ssi_people = ?,
                    ssi_insights = ?, ssi_relationships = ?, updated_at = now()
                 where id = ? and user_id = ?""")
                .param(Date.valueOf(s.takenOn())).param(s.baseline()).param(s.profileViews())
                .param(s.searchAppearances()).param(s.postImpressions()).param(s.followers())
                .param(s.connectionCount()).param(s.ssiBrand()).param(s.ssiPeople()).param(s.ssiInsights())
                .param(s.ssiRelationships()).param(s.id()).param(userId)
                .update() == 1;
    }

    public boolean delete(long userId, long id) {
        return jdbc.sql("delete from result_snapshot where id = ? and user_id = ?").params(id, userId).update() == 1;
    }

    public Optional<LocalDate> pruningFinishedOn(long userId) {
        return jdbc.sql("select pruning_finished_on from result_plan where user_id = ?").param(userId)
                .query(Date.class).optional().map(Date::toLocalDate);
    }

    public Map<Long, LocalDate> pruningFinishedOn(Collection<Long> userIds) {
        Map<Long, LocalDate> dates = new HashMap<>();
        if (!userIds.isEmpty()) {
            jdbc.sql("select user_id, pruning_finished_on from result_plan where user_id = any(?)")
                    .param(userIds.toArray(Long[]::new))
                    .query((rs, n) -> dates.put(rs.getLong(1), rs.getDate(2).toLocalDate())).list();
        }
        return dates;
    }

    public void setPruningFinishedOn(long userId, LocalDate date) {
        if (date == null) {
            jdbc.sql("delete from result_plan where user_id = ?").param(userId).update();
            return;
        }
        jdbc.sql("""
                insert into result_plan (user_id, pruning_finished_on) values (?, ?)
                on conflict (user_id) do update set pruning_finished_on = excluded.pruning_finished_on""")
                .params(userId, Date.valueOf(date)).update();
    }

    private static Snapshot row(ResultSet rs, int n) throws SQLException {
        return new Snapshot(rs.getLong("id"), rs.getDate("taken_on").toLocalDate(), rs.getBoolean("baseline"),
                rs.getInt("profile_views"), integer(rs, "search_appearances"), integer(rs, "post_impressions"),
                integer(rs, "followers"), integer(rs, "connection_count"), integer(rs, "ssi_brand"),
                integer(rs, "ssi_people"), integer(rs, "ssi_insights"), integer(rs, "ssi_relationships"));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
