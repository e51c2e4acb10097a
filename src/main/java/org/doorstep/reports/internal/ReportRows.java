package org.doorstep.reports.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doorstep.reports.PersonProgress;
import org.doorstep.reports.ReportFilter;
import org.doorstep.reports.ReportSort;
import org.doorstep.reports.TeamFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A report's people and figures in one SQL statement each: the people the team directory resolved, each joined
 * to what every feature counts of them (the per-person functions of V008), then sorted and paged, or summed
 * up, in PostgreSQL. A page sorted by the directory's columns alone is chosen first, so only its people are counted.
 */
@Repository
public class ReportRows {

    /** The people of a report, in the directory's order (name, then id); the arrays run in parallel. */
    public record People(Long[] ids, String[] names, String[] teams, Boolean[] enrolled) {
    }

    /**
     * What the figures count within: the course and its lessons, the range's first instant and the first
     * after it (null when open), its days, the day follow-ups are judged on, and their due days.
     */
    public record Span(String course, List<String> lessons, @Nullable Instant start, @Nullable Instant end,
            @Nullable LocalDate from, @Nullable LocalDate to, LocalDate asOf, List<Integer> dueDays) {
    }

    /** One row per chosen person; %s chooses them (all, or a page when the sort needs only the directory's columns). */
    private static final String ROWS = """
            with args as (select ?::bigint[] as ids, ?::text[] as names, ?::text[] as teams, ?::boolean[] as enrolled,
                                 ?::text as course, ?::text[] as lessons, ?::timestamptz as start_at, ?::timestamptz as end_at,
                                 ?::date as from_day, ?::date as to_day, ?::date as as_of, ?::int[] as due_days),
            members as (select m.* from args a
                          cross join unnest(a.ids, a.names, a.teams, a.enrolled) with ordinality m(id, name, team, enrolled, ord)),
            chosen as (select * from members %s),
            report_rows as (
                select m.id, m.name, m.team, m.enrolled, m.ord,
                       coalesce(c.completed_lessons, 0) as lessons, coalesce(c.completed_course, false) as completed_course,
                       c.last_activity, coalesce(t.connections, 0) as connections, coalesce(t.reviewed, 0) as reviewed,
                       coalesce(t.removed, 0) as removed,
                       case when t.connections > 0 then t.reviewed * 100 / t.connections end as reviewed_percent,
                       coalesce(r.baseline, false) as baseline, r.profile_view_ratio as ratio,
                       coalesce(r.overdue_follow_ups, 0) as overdue, r.last_entry
                  from chosen m cross join args a
                  left join lateral course_progress_of(m.id, a.course, a.lessons, a.start_at, a.end_at) c on true
                  left join lateral exercise_tally_of(m.id) t on true
                  left join lateral results_overview_of(m.id, a.from_day, a.to_day, a.as_of, a.due_days) r on true)
            """;

    private final JdbcClient jdbc;

    ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** People from offset on, at most limit of them, sorted by the order given, then by name. */
    public List<PersonProgress> page(People people, Span span, List<ReportSort> order, long offset, int limit) {
        String orderBy = orderBy(order);
        boolean directoryOnly = order.stream().allMatch(sort -> sort.column().ofTheDirectory());
        List<Object> params = arguments(people, span);
        String sql;
        if (directoryOnly) {
            // The page is chosen among the people alone, so only its own people are counted.
            sql = ROWS.formatted(orderBy + " offset ? limit ?") + "select * from report_rows " + orderBy;
        } else {
            sql = ROWS.formatted("") + "select * from report_rows " + orderBy + " offset ? limit ?";
        }
        params.add(offset);
        params.add(limit);
        int lessons = span.lessons().size();
        return jdbc.sql(sql).params(params).query((rs, n) -> person(rs, lessons)).list();
    }

    /** The figures over all the people, each with its count. */
    public TeamFigures figures(People people, Span span, ReportFilter filter, String teamLabel, String cohortLabel,
            Instant generatedAt) {
        String sql = ROWS.formatted("") + """
                select count(*)::int, (count(*) filter (where enrolled))::int, (count(*) filter (where completed_course))::int,
                       (count(*) filter (where last_activity is not null or last_entry is not null))::int,
                       coalesce(sum(lessons), 0)::int, (count(*) filter (where baseline))::int,
                       percentile_cont(0.5) within group (order by ratio), count(ratio)::int,
                       coalesce(sum(removed), 0)::int, (count(*) filter (where overdue > 0))::int
                  from report_rows""";
        return jdbc.sql(sql).params(arguments(people, span)).query((rs, n) -> new TeamFigures(filter, teamLabel,
                cohortLabel, generatedAt, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), optionalDouble(rs, 7), rs.getInt(8), rs.getInt(9), rs.getInt(10))).single();
    }

    private static List<Object> arguments(People people, Span span) {
        List<Object> params = new ArrayList<>(List.of(people.ids(), people.names(), people.teams(), people.enrolled(),
                span.course(), span.lessons().toArray(String[]::new)));
        params.add(span.start() == null ? null : Timestamp.from(span.start()));
        params.add(span.end() == null ? null : Timestamp.from(span.end()));
        params.add(span.from() == null ? null : Date.valueOf(span.from()));
        params.add(span.to() == null ? null : Date.valueOf(span.to()));
        params.add(Date.valueOf(span.asOf()));
        params.add(span.dueDays().toArray(Integer[]::new));
        return params;
    }

    /** Missing values count as the lowest; ties keep the directory's order. Columns come from an enum, never from text. */
    private static String orderBy(List<ReportSort> order) {
        String columns = order.stream().map(sort -> column(sort) + (sort.descending() ? " desc nulls last" : " asc nulls first"))
                .collect(Collectors.joining(", "));
        return "order by " + (columns.isEmpty() ? "" : columns + ", ") + "ord";
    }

    private static String column(ReportSort sort) {
        return switch (sort.column()) {
            case PERSON -> "ord";
            case TEAM -> "team";
            case ENROLLED -> "enrolled";
            case LESSONS -> "lessons";
            case LAST_ACTIVITY -> "last_activity";
            case REVIEWED -> "reviewed_percent";
            case REMOVED -> "removed";
            case BASELINE -> "baseline";
            case RATIO -> "ratio";
            case OVERDUE -> "overdue";
            case LAST_ENTRY -> "last_entry";
        };
    }

    private static PersonProgress person(ResultSet rs, int lessons) throws SQLException {
        Timestamp lastActivity = rs.getTimestamp("last_activity");
        Date lastEntry = rs.getDate("last_entry");
        return new PersonProgress(rs.getLong("id"), rs.getString("name"), rs.getString("team"), rs.getBoolean("enrolled"),
                rs.getInt("lessons"), lessons, rs.getBoolean("completed_course"),
                lastActivity == null ? null : lastActivity.toInstant(), rs.getInt("connections"), rs.getInt("reviewed"),
                rs.getInt("removed"), rs.getBoolean("baseline"), optionalDouble(rs, "ratio"), rs.getInt("overdue"),
                lastEntry == null ? null : lastEntry.toLocalDate());
    }

    private static Optional<Double> optionalDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Double> optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
