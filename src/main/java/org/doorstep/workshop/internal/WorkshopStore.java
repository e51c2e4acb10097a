package org.doorstep.workshop.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.doorstep.workshop.MyAnswers;
import org.doorstep.workshop.PollResult;
import org.doorstep.workshop.SessionState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sessions, attendance, answers and reveals in PostgreSQL; callers own transactions and authorisation. A
 * session's trainer is its cohort's trainer now (an administrator may hand a cohort over), not whoever scheduled it.
 */
@Component
public class WorkshopStore {

    private static final String SESSION = """
            select s.id, s.join_code, s.cohort_id, c.name, c.trainer_id, s.lesson_slug, s.starts_at, s.state,
                   s.current_step, s.self_paced, s.ended_at,
                   (select count(*) from workshop_attendee a where a.session_id = s.id),
                   s.time_zone, s.duration_minutes, s.calendar_uid, s.calendar_sequence, t.display_name, c.course_slug
              from workshop_session s join cohort c on c.id = s.cohort_id
              left join app_user t on t.id = c.trainer_id""";

    public record AttendeeRow(long userId, String name, int ownStep) {
    }

    private final JdbcClient jdbc;

    WorkshopStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertSession(long cohortId, long trainerId, String lessonSlug, String code, Instant startsAt,
            ZoneId timeZone, int durationMinutes) {
        return jdbc.sql("""
                insert into workshop_session (cohort_id, trainer_id, lesson_slug, join_code, starts_at, time_zone,
                                              duration_minutes)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(cohortId, trainerId, lessonSlug, code, Timestamp.from(startsAt), timeZone.getId(), durationMinutes)
                .query(Long.class).single();
    }

    /** A planned session's new start; calendars take the change because its sequence goes up. */
    public void move(long id, Instant startsAt, ZoneId timeZone) {
        jdbc.sql("""
                update workshop_session set starts_at = ?, time_zone = ?, calendar_sequence = calendar_sequence + 1
                 where id = ?""").params(Timestamp.from(startsAt), timeZone.getId(), id).update();
    }

    public void cancel(long id) {
        jdbc.sql("update workshop_session set state = 'CANCELLED', calendar_sequence = calendar_sequence + 1 where id = ?")
                .param(id).update();
    }

    /** Everyone in the session's cohort now; whoever joins later gets no mail about earlier changes. */
    public List<Long> cohortMemberIds(long cohortId) {
        return jdbc.sql("select user_id from cohort_member where cohort_id = ? order by user_id").param(cohortId)
                .query(Long.class).list();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from workshop_session where join_code = ?)")
                .param(code).query(Boolean.class).single();
    }

    public Optional<SessionRow> byCode(String code) {
        return jdbc.sql(SESSION + " where s.join_code = ?").param(code).query(WorkshopStore::session).optional();
    }

    public Optional<SessionRow> byId(long id) {
        return jdbc.sql(SESSION + " where s.id = ?").param(id).query(WorkshopStore::session).optional();
    }

    /** A page of the sessions of the cohorts a trainer runs now: open ones first, then the latest. */
    public List<SessionRow> ofTrainer(long trainerId, int offset, int limit) {
        return jdbc.sql(SESSION + " where c.trainer_id = ? order by s.state in ('ENDED', 'CANCELLED'), s.starts_at desc, s.id desc"
                + " offset ? limit ?").params(trainerId, offset, limit).query(WorkshopStore::session).list();
    }

    public int countOfTrainer(long trainerId) {
        return jdbc.sql("select count(*) from workshop_session s join cohort c on c.id = s.cohort_id where c.trainer_id = ?").param(trainerId)
                .query(Integer.class).single();
    }

    /** Sessions not yet ended of the cohorts a trainee is in, soonest first. */
    public List<SessionRow> openForMember(long userId) {
        return jdbc.sql(SESSION + "\n" + """
                 where s.state not in ('ENDED', 'CANCELLED')
                   and exists (select 1 from cohort_member m where m.cohort_id = s.cohort_id and m.user_id = ?)
                 order by s.starts_at, s.id""").param(userId).query(WorkshopStore::session).list();
    }

    /** {@code endedAt}: when the session ended, null while it has not. */
    public void update(long id, SessionState state, int step, boolean selfPaced, @Nullable Instant endedAt) {
        jdbc.sql("update workshop_session set state = ?, current_step = ?, self_paced = ?, ended_at = ? where id = ?")
                .param(state.name()).param(step).param(selfPaced).param(endedAt == null ? null : Timestamp.from(endedAt)).param(id)
                .update();
    }

    /** True when this call added them (a first join), false when they were in already. */
    public boolean join(long sessionId, long userId, int step, Instant at) {
        return jdbc.sql("""
                insert into workshop_attendee (session_id, user_id, joined_at, own_step) values (?, ?, ?, ?)
                on conflict do nothing""").params(sessionId, userId, Timestamp.from(at), step).update() == 1;
    }

    public Optional<Integer> ownStep(long sessionId, long userId) {
        return jdbc.sql("select own_step from workshop_attendee where session_id = ? and user_id = ?")
                .params(sessionId, userId).query(Integer.class).optional();
    }

    public void setOwnStep(long sessionId, long userId, int step) {
        jdbc.sql("update workshop_attendee set own_step = ? where session_id = ? and user_id = ?")
                .params(step, sessionId, userId).update();
    }

    /** Everyone starts from the trainer's step when the room is let go at its own pace. */
    public void setAllOwnSteps(long sessionId, int step) {
        jdbc.sql("update workshop_attendee set own_step = ? where session_id = ?").params(step, sessionId).update();
    }

    public List<AttendeeRow> attendees(long sessionId) {
        return jdbc.sql("""
                select u.id, u.display_name, a.own_step from workshop_attendee a join app_user u on u.id = a.user_id
                 where a.session_id = ? order by u.display_name, u.id""")
                .param(sessionId).query((rs, n) -> new AttendeeRow(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    /**
     * One answer per person and step: answering again replaces it (a text keeps the hidden flag it earns now).
     * A poll's answer has {@code choices} and no text, a reflection's {@code text} and no choices (null).
     */
    public void answer(long sessionId, int step, long userId, @Nullable Set<Integer> choices, @Nullable String text, boolean hidden,
            Instant at) {
        jdbc.sql("""
                insert into workshop_answer (session_id, step, user_id, choices, text, hidden, answered_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (session_id, step, user_id) do update
                   set choices = excluded.choices, text = excluded.text, hidden = excluded.hidden,
                       answered_at = excluded.answered_at""")
                .param(sessionId).param(step).param(userId)
                .param(choices == null ? null : new TreeSet<>(choices).toArray(Integer[]::new))
                .param(text).param(hidden).param(Timestamp.from(at)).update();
    }

    /**
     * A vote, unless the step's answers were revealed: one statement, so a reveal committed before it always wins
     * and the revealed counts never move. Returns whether the vote was taken.
     */
    public boolean answerUnlessRevealed(long sessionId, int step, long userId, Set<Integer> choices, Instant at) {
        return jdbc.sql("""
                insert into workshop_answer (session_id, step, user_id, choices, text, hidden, answered_at)
                select ?, ?, ?, ?, null, false, ?
                 where not exists (select 1 from workshop_reveal where session_id = ? and step = ?)
                on conflict (session_id, step, user_id) do update
                   set choices = excluded.choices, answered_at = excluded.answered_at""")
                .params(sessionId, step, userId, new TreeSet<>(choices).toArray(Integer[]::new), Timestamp.from(at), sessionId,
                        step).update() == 1;
    }

    /** Step → the chosen options' indexes ("0,2") or the written text. */
    public MyAnswers answersOf(long sessionId, long userId) {
        Map<Integer, Set<Integer>> choices = new HashMap<>();
        Map<Integer, String> words = new HashMap<>();
        jdbc.sql("select step, choices, text from workshop_answer where session_id = ? and user_id = ?")
                .params(sessionId, userId).query(rs -> {
                    Array chosen = rs.getArray(2);
                    if (chosen != null) {
                        choices.put(rs.getInt(1), Set.of((Integer[]) chosen.getArray()));
                    } else {
                        words.put(rs.getInt(1), rs.getString(3));
                    }
                });
        return new MyAnswers(choices, words);
    }

    public Set<Integer> revealed(long sessionId) {
        return new HashSet<>(jdbc.sql("select step from workshop_reveal where session_id = ?")
                .param(sessionId).query(Integer.class).list());
    }

    public void reveal(long sessionId, int step, boolean shown) {
        String sql = shown ? "insert into workshop_reveal (session_id, step) values (?, ?) on conflict do nothing"
                : "delete from workshop_reveal where session_id = ? and step = ?";
        jdbc.sql(sql).params(sessionId, step).update();
    }

    /** Returns the step of the answer, or empty when it is not an answer of this session. */
    public Optional<Integer> setHidden(long sessionId, long answerId, boolean hidden) {
        return jdbc.sql("update workshop_answer set hidden = ? where id = ? and session_id = ? and text is not null returning step")
                .params(hidden, answerId, sessionId).query(Integer.class).optional();
    }

    /** The answers to the given steps of a session, counted per option, texts oldest first. */
    public Map<Integer, PollResult> results(long sessionId, Set<Integer> steps) {
        if (steps.isEmpty()) {
            return Map.of();
        }
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        Map<Integer, Integer> answered = new HashMap<>();
        Map<Integer, List<PollResult.Written>> texts = new HashMap<>();
        jdbc.sql("""
                select step, id, choices, text, hidden from workshop_answer
                 where session_id = ? and step = any (?) order by step, answered_at, id""")
                .params(sessionId, steps.toArray(Integer[]::new)).query(rs -> {
                    int step = rs.getInt(1);
                    answered.merge(step, 1, Integer::sum);
                    Array choices = rs.getArray(3);
                    if (choices != null) {
                        for (Integer choice : (Integer[]) choices.getArray()) {
                            counts.computeIfAbsent(step, s -> new HashMap<>()).merge(choice, 1, Integer::sum);
                        }
                    } else {
                        texts.computeIfAbsent(step, s -> new ArrayList<>())
                                .add(new PollResult.Written(rs.getLong(2), rs.getString(4), rs.getBoolean(5)));
                    }
                });
        Map<Integer, PollResult> results = new HashMap<>();
        for (int step : steps) {
            results.put(step, new PollResult(step, counts.getOrDefault(step, Map.of()), answered.getOrDefault(step, 0),
                    texts.getOrDefault(step, List.of())));
        }
        return results;
    }

    private static SessionRow session(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp(11);
        return new SessionRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getObject(5, Long.class), rs.getString(6), rs.getTimestamp(7).toInstant(),
                SessionState.valueOf(rs.getString(8)), rs.getInt(9), rs.getBoolean(10),
                ended == null ? null : ended.toInstant(), rs.getInt(12), ZoneId.of(rs.getString(13)), rs.getInt(14),
                rs.getObject(15, UUID.class), rs.getInt(16), rs.getString(17), rs.getString(18));
    }
}
