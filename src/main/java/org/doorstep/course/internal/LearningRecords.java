package org.doorstep.course.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.doorstep.base.DateRange;
import org.doorstep.course.LearningRecordService;
import org.doorstep.course.XapiStatement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stored learning events, oldest first, and turns each into an xAPI statement as it goes. */
@Component
public class LearningRecords {

    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
    private static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    private final JdbcClient jdbc;
    private final String homePage;

    /**
     * The people (all when null), days and course (every one when null) of a scope; parameters: people twice, start
     * twice, end twice, the course's activity id prefix twice.
     */
    private static final String IN_SCOPE = """
            (?::bigint[] is null or e.user_id = any (?::bigint[]))
               and (?::timestamptz is null or e.occurred_at >= ?::timestamptz)
               and (?::timestamptz is null or e.occurred_at < ?::timestamptz)
               and (?::text is null or starts_with(e.object_id, ?::text))""";

    LearningRecords(JdbcClient jdbc, @Value("${doorstep.xapi.home-page:https://doorstep.invalid}") String homePage) {
        this.jdbc = jdbc;
        this.homePage = homePage;
    }

    /** How many events {@link #statements} would give. */
    public int count(@Nullable Collection<Long> people, DateRange days, @Nullable String activityPrefix, ZoneId zone) {
        Timestamp start = days.start(zone).map(Timestamp::from).orElse(null);
        Timestamp end = days.endExclusive(zone).map(Timestamp::from).orElse(null);
        return jdbc.sql("select count(*) from learning_event e where " + IN_SCOPE)
                .param(ids(people)).param(ids(people)).param(start).param(start).param(end).param(end)
                .param(activityPrefix).param(activityPrefix)
                .query(Integer.class).single();
    }

    /**
     * Events of the given people (everyone when null) from one day to another, both inclusive (open when null), the
     * days read in the given zone (the reader's, as the page says), of one course when the activity prefix is given.
     */
    public void statements(@Nullable Collection<Long> people, DateRange days, @Nullable String activityPrefix, ZoneId zone,
            Consumer<XapiStatement> sink) {
        Timestamp start = days.start(zone).map(Timestamp::from).orElse(null);
        Timestamp end = days.endExclusive(zone).map(Timestamp::from).orElse(null);
        jdbc.sql("""
                select e.id, u.username, u.display_name, e.verb, e.object_id, e.object_name, e.result_score,
                       e.result_success, e.result_completion, e.result_response, e.occurred_at
                  from learning_event e join app_user u on u.id = e.user_id
                 where """ + IN_SCOPE + " order by e.occurred_at, e.id")
                .param(ids(people)).param(ids(people)).param(start).param(start).param(end).param(end)
                .param(activityPrefix).param(activityPrefix)
                .query(rs -> {
                    sink.accept(statement(rs));
                });
    }

    public List<Long> teamMembers(long teamId) {
        return jdbc.sql("select user_id from team_member where team_id = ?").param(teamId).query(Long.class).list();
    }

    public List<LearningRecordService.Choice> allTeams() {
        return jdbc.sql("select id, name from team order by name, id")
                .query((rs, n) -> new LearningRecordService.Choice(rs.getLong(1), rs.getString(2))).list();
    }

    public List<LearningRecordService.Choice> allCohorts() {
        return jdbc.sql("select id, name from cohort order by name, id")
                .query((rs, n) -> new LearningRecordService.Choice(rs.getLong(1), rs.getString(2))).list();
    }

    /** Ids of a cohort's members, to narrow a scope. */
    public List<Long> cohortMembers(long cohortId) {
        return jdbc.sql("select user_id from cohort_member where cohort_id = ?").param(cohortId).query(Long.class).list();
    }

    private XapiStatement statement(ResultSet rs) throws SQLException {
        String verb = rs.getString(4);
        String objectId = rs.getString(5);
        Number score = (Number) rs.getObject(7);
        Boolean success = rs.getObject(8, Boolean.class);
        Boolean completion = rs.getObject(9, Boolean.class);
        String response = rs.getString(10);
        XapiStatement.Result result = score == null && success == null && completion == null && response == null ? null
                : new XapiStatement.Result(score == null ? null : new XapiStatement.Score(score.doubleValue()), success,
                        completion, response);
        return new XapiStatement(
                UUID.nameUUIDFromBytes(("doorstep:learning_event:" + rs.getLong(1)).getBytes(StandardCharsets.UTF_8)).toString(),
                new XapiStatement.Agent("Agent", rs.getString(3), new XapiStatement.Account(homePage, rs.getString(2))),
                new XapiStatement.Verb(VERBS + verb, Map.of("en-US", verb)),
                new XapiStatement.Activity("Activity", objectId, new XapiStatement.Definition(
                        Map.of("en-US", rs.getString(6)), objectId.contains(":step:") ? INTERACTION : LESSON)),
                result,
                DateTimeFormatter.ISO_INSTANT.format(rs.getTimestamp(11).toInstant()),
                XapiStatement.VERSION);
    }

    private static Long @Nullable [] ids(@Nullable Collection<Long> people) {
        return people == null ? null : people.toArray(Long[]::new);
    }
}
