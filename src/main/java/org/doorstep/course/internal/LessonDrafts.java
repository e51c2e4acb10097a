package org.doorstep.course.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trainers' unpublished edits, one per lesson, saved as they work. */
@Repository
public class LessonDrafts {

    private final JdbcClient jdbc;

    LessonDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String course, String lesson) {
        return jdbc.sql("select source from lesson_draft where course_slug = ? and lesson_slug = ?")
                .params(course, lesson).query(String.class).optional();
    }

    public Map<String, Boolean> lessonsWithDrafts(String course) {
        return jdbc.sql("select lesson_slug from lesson_draft where course_slug = ?").param(course)
                .query(String.class).list().stream().collect(Collectors.toMap(slug -> slug, slug -> true));
    }

    public void save(String course, String lesson, String source, long userId, Instant at) {
        jdbc.sql("""
                insert into lesson_draft (course_slug, lesson_slug, source, updated_at, updated_by)
                values (?, ?, ?, ?, ?)
                on conflict (course_slug, lesson_slug)
                do update set source = excluded.source, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(course, lesson, source, Timestamp.from(at), userId).update();
    }

    public void delete(String course, String lesson) {
        jdbc.sql("delete from lesson_draft where course_slug = ? and lesson_slug = ?").params(course, lesson).update();
    }
}
