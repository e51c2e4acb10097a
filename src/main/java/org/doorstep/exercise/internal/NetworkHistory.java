package org.doorstep.exercise.internal;

import java.sql.Date;
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

    /**
     * Everything in one pass over the trainee's rows, by grouping sets (one scan costs what five would not, at
     * 30,000): per month, the new connections, whether a burst week falls in it and the connections still in the
     * network and decided; per burst week, its count; per day in the pace window, the decisions made on it.
     */
    public NetworkGlance glance(long userId, Instant now, ZoneId zone) {
        int window = NetworkGlance.Pace.WINDOW_DAYS;
        Map<YearMonth, NetworkGlance.Month> months = new HashMap<>();
        List<NetworkGlance.Week> bursts = new ArrayList<>();
        int[] totals = new int[4]; // in the network, decided, decided in the window, days with decisions in it
        jdbc.sql("""
                select month, burst_week, recent_day, grouping(month, burst_week, recent_day) as grouped_by,
                       count(*)::int as rows, count(connected_on)::int as made,
                       coalesce(bool_or(burst_week_count is not null), false) as burst, max(burst_week_count) as burst_count,
                       count(*) filter (where gone_at is null)::int as current,
                       count(*) filter (where gone_at is null and decision <> 'LATER')::int as decided
                  from (select date_trunc('month', connected_on::timestamp)::date as month,
                               case when burst_week_count is not null
                                    then date_trunc('week', connected_on::timestamp)::date end as burst_week,
                               case when gone_at is null and decision <> 'LATER' and decided_at > ?
                                    then (decided_at at time zone ?)::date end as recent_day,
                               connected_on, burst_week_count, gone_at, decision
                          from connection where user_id = ?) c
                 group by grouping sets ((month), (burst_week), (recent_day))
                 order by burst_week""")
                .param(Timestamp.from(now.minus(Duration.ofDays(window)))).param(zone.getId()).param(userId)
                .query(rs -> {
                    switch (rs.getInt("grouped_by")) {
                        case BY_MONTH -> {
                            totals[0] += rs.getInt("current");
                            totals[1] += rs.getInt("decided");
                            Date month = rs.getDate("month");
                            if (month != null) {
                                YearMonth key = YearMonth.from(month.toLocalDate());
                                months.put(key, new NetworkGlance.Month(key, rs.getInt("made"), rs.getBoolean("burst")));
                            }
                        }
                        case BY_BURST_WEEK -> {
                            Date monday = rs.getDate("burst_week");
                            if (monday != null) {
                                bursts.add(new NetworkGlance.Week(monday.toLocalDate(), rs.getInt("burst_count")));
                            }
                        }
                        case BY_RECENT_DAY -> {
                            if (rs.getDate("recent_day") != null) {
                                totals[2] += rs.getInt("rows");
                                totals[3]++;
                            }
                        }
                        default -> throw new IllegalStateException("Unexpected grouping " + rs.getInt("grouped_by"));
                    }
                });
        return new NetworkGlance(everyMonth(months), bursts, totals[0], totals[1],
                new NetworkGlance.Pace(totals[2], totals[3], window));
    }

    // grouping(month, burst_week, recent_day): a bit set for each column the row is not grouped by.
    private static final int BY_MONTH = 0b011;
    private static final int BY_BURST_WEEK = 0b101;
    private static final int BY_RECENT_DAY = 0b110;

    /** Every month from the first connection's to the last one's, empty months included (a gap is news too). */
    private static List<NetworkGlance.Month> everyMonth(Map<YearMonth, NetworkGlance.Month> found) {
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
}
