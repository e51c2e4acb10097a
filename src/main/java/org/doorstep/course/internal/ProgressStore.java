package org.doorstep.course.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.doorstep.course.StepState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Each trainee's place in each lesson and state of each step, saved as it happens. */
@Repository
public class ProgressStore {

    public record LessonRow(String lessonSlug, String currentStep, @Nullable Instant completedAt, Instant updatedAt) {
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
                .param(userId).param(course).param(lesson).param(stepId).param(state.done()).param(state.bestScore())
                .param(JSON.writeValueAsString(state)).param(Timestamp.from(at))
                .update();
    }

    /** Marks the lesson completed once; returns false when it already was. */
    public boolean markCompleted(long userId, String course, String lesson, Instant at) {
        return jdbc.sql("update lesson_progress set completed_at = ?, updated_at = ? where user_id = ? "
                        + "and course_slug = ? and lesson_slug = ? and completed_at is null")
                .params(Timestamp.from(at), Timestamp.from(at), userId, course, lesson).update() > 0;
    }
}
