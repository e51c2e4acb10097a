package org.doorstep.exercise.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.exercise.NetworkGlance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over a trainee's connections through time: per month, burst weeks (as marked by mark_burst_weeks), the
 * biggest week and the pace of decisions. Counts only, never a name; every statement names the owner.
 */
@Repository
public class NetworkHistory {

    private final JdbcClient jdbc;

    NetworkHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NetworkGlance glance(long userId, Instant now, ZoneId zone) {
        return new NetworkGlance(months(userId), bursts(userId), current(userId, "true"),
                current(userId, "decision is not null and decision <> 'LATER'"), pace(userId, now, zone));
    }

    /** Every month from the first connection's to the last one's, empty months included (a gap is news too). */
    List<NetworkGlance.Month> months(long userId) {
        Map<YearMonth, NetworkGlance.Month> found = new HashMap<>();
        jdbc.sql("""
                select date_trunc('month', connected_on)::date as month, count(*)::int as made,
                       bool_or(burst_week_count is not null) as burst
                  from connection where user_id = ? and connected_on is not null group by 1""")
                .param(userId)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getDate("month").toLocalDate());
                    return found.put(month, new NetworkGlance.Month(month, rs.getInt("made"), rs.getBoolean("burst")));
                }).list();
        if (found.isEmpty()) {
            return List.of();
        }
        YearMonth first = found.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = found.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        List<NetworkGlance.Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(found.getOrDefault(month, new NetworkGlance.Month(month, 0, false)));
        }
        return months;
    }

    /** The burst weeks, oldest first, each with its count as mark_burst_weeks stored it. */
    List<NetworkGlance.Week> bursts(long userId) {
        return jdbc.sql("""
                select date_trunc('week', connected_on)::date as monday, max(burst_week_count) as made
                  from connection where user_id = ? and burst_week_count is not null group by 1 order by 1""")
                .param(userId)
                .query((rs, n) -> new NetworkGlance.Week(rs.getDate("monday").toLocalDate(), rs.getInt("made")))
                .list();
    }

    /** The week with the most new connections (the latest of equals), burst or not; empty without dates. */
    public Optional<NetworkGlance.Week> biggestWeek(long userId) {
        return jdbc.sql("""
                select date_trunc('week', connected_on)::date as monday, count(*)::int as made
                  from connection where user_id = ? and connected_on is not null
                 group by 1 order by 2 desc, 1 desc limit 1""")
                .param(userId)
                .query((rs, n) -> new NetworkGlance.Week(rs.getDate("monday").toLocalDate(), rs.getInt("made")))
                .optional();
    }

    /** Connections still in the network (as the triage counts them) meeting the condition. */
    private int current(long userId, String condition) {
        return jdbc.sql("select count(*)::int from connection where user_id = ? and gone_at is null and " + condition)
                .param(userId).query(Integer.class).single();
    }

    /** Decisions standing today that were made in the window, and on how many days (in the trainee's zone). */
    NetworkGlance.Pace pace(long userId, Instant now, ZoneId zone) {
        int window = NetworkGlance.Pace.WINDOW_DAYS;
        return jdbc.sql("""
                select count(*)::int as decisions, count(distinct (decided_at at time zone ?)::date)::int as days
                  from connection
                 where user_id = ? and gone_at is null and decided_at > ?
                   and decision is not null and decision <> 'LATER'""")
                .param(zone.getId()).param(userId)
                .param(Timestamp.from(now.minus(Duration.ofDays(window))))
                .query((rs, n) -> new NetworkGlance.Pace(rs.getInt("decisions"), rs.getInt("days"), window))
                .single();
    }
}
