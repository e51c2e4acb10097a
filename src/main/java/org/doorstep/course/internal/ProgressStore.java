package org.doorstep.course.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.doorstep.course.CourseProgress;
import org.doorstep.course.StepState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Each trainee's place in each lesson and state of each step, saved as it happens. */
@Repository
public class ProgressStore {

    public record LessonRow(String lessonSlug, String currentStep, Instant completedAt, Instant updatedAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, LessonRow> lessons(long userId, String course) {
        Map<String, LessonRow> rows = new HashMap<>();
        jdbc.sql("select lesson_slug, current_step, completed_at, updated_at from lesson_progress "
                        + "where user_id = ? and course_slug = ?")
                .params(userId, course)
                .query((rs, n) -> rows.put(rs.getString(1), new LessonRow(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant())))
                .list();
        return rows;
    }

    /** Lesson slug to the ids of its steps the trainee has done. */
    public Map<String, Set<String>> doneSteps(long userId, String course) {
        Map<String, Set<String>> done = new HashMap<>();
        jdbc.sql("select lesson_slug, step_id from step_progress where user_id = ? and course_slug = ? and done")
                .params(userId, course)
                .query((rs, n) -> done.computeIfAbsent(rs.getString(1), slug -> new HashSet<>()).add(rs.getString(2)))
                .list();
        return done;
    }

    /**
     * Per person, within [start, end) (either may be null for open): lessons of these completed, whether
     * all of them were completed with the last one inside, and the latest activity (a lesson's progress
     * or a learning event). People without progress in the course are absent.
     */
    public Map<Long, CourseProgress> progressOf(Long[] userIds, String course, Collection<String> lessons,
            Instant start, Instant end) {
        Map<Long, CourseProgress> progress = new HashMap<>();
        if (userIds.length == 0) {
            return progress;
        }
        jdbc.sql("""
                with bounds as (select coalesce(?::timestamptz, '-infinity') as start, coalesce(?::timestamptz, 'infinity') as finish),
                per_person as (
                    select p.user_id,
                           count(*) filter (where p.completed_at >= r.start and p.completed_at < r.finish) as in_range,
                           count(*) filter (where p.completed_at < r.finish) as by_end,
                           max(p.completed_at) filter (where p.completed_at < r.finish) as last_completed,
                           max(p.updated_at) filter (where p.updated_at >= r.start and p.updated_at < r.finish) as last_touched
                      from unnest(?::bigint[]) m(id) cross join bounds r
                      join lesson_progress p on p.user_id = m.id and p.course_slug = ? and p.lesson_slug = any(?)
                     group by p.user_id)
                select pp.user_id, pp.in_range, pp.by_end = ? and pp.last_completed >= r.start,
                       greatest(pp.last_touched, (select max(e.occurred_at) from learning_event e
                                 where e.user_id = pp.user_id and e.occurred_at >= r.start and e.occurred_at < r.finish))
                  from per_person pp cross join bounds r""")
                .params(timestamp(start), timestamp(end), userIds, course, lessons.toArray(String[]::new), lessons.size())
                .query((rs, n) -> progress.put(rs.getLong(1), new CourseProgress(rs.getInt(2), rs.getBoolean(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant())))
                .list();
        return progress;
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    public Map<String, StepState> steps(long userId, String course, String lesson) {
        Map<String, StepState> states = new HashMap<>();
        jdbc.sql("select step_id, state from step_progress where user_id = ? and course_slug = ? and lesson_slug = ?")
                .params(userId, course, lesson)
                .query((rs, n) -> states.put(rs.getString(1), JSON.readValue(rs.getString(2), StepState.class)))
                .list();
        return states;
    }

    public void saveCurrentStep(long userId, String course, String lesson, String stepId, Instant at) {
        jdbc.sql("""
                insert into lesson_progress (user_id, course_slug, lesson_slug, current_step, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (user_id, course_slug, lesson_slug)
                do update set current_step = excluded.current_step, updated_at = excluded.updated_at""")
                .params(userId, course, lesson, stepId, Timestamp.from(at)).update();
    }

    public void saveStep(long userId, String course, String lesson, String stepId, StepState state, Instant at) {
        jdbc.sql("""
                insert into step_progress (user_id, course_slug, lesson_slug, step_id, done, best_score, state, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id, course_slug, lesson_slug, step_id)
                do update set done = excluded.done, best_score = excluded.best_score, state = excluded.state,
                              updated_at = excluded.updated_at""")
                .params(userId, course, lesson, stepId, state.done(), state.bestScore(),
                        JSON.writeValueAsString(state), Timestamp.from(at))
                .update();
    }

    /** Marks the lesson completed once; returns false when it already was. */
    public boolean markCompleted(long userId, String course, String lesson, Instant at) {
        return jdbc.sql("update lesson_progress set completed_at = ?, updated_at = ? where user_id = ? "
                        + "and course_slug = ? and lesson_slug = ? and completed_at is null")
                .params(Timestamp.from(at), Timestamp.from(at), userId, course, lesson).update() > 0;
    }
}
