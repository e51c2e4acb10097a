package org.doorstep.course.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Lesson slug to whether its draft awaits review, for the lessons that have a draft. */
    public Map<String, Boolean> lessonsWithDrafts(String course) {
        Map<String, Boolean> drafts = new HashMap<>();
        jdbc.sql("select lesson_slug, review_asked_at is not null as asked from lesson_draft where course_slug = ?")
                .param(course).query((rs, n) -> drafts.put(rs.getString("lesson_slug"), rs.getBoolean("asked"))).list();
        return drafts;
    }

    /** Drafts awaiting review, oldest request first: slug, who asked (display name, or null if deleted), when. */
    public List<Asked> awaitingReview(String course) {
        return jdbc.sql("""
                select d.lesson_slug, u.display_name, d.review_asked_at from lesson_draft d
                  left join app_user u on u.id = d.review_asked_by
                 where d.course_slug = ? and d.review_asked_at is not null order by d.review_asked_at""")
                .param(course).query((rs, n) -> new Asked(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).list();
    }

    public record Asked(String lessonSlug, String askedBy, Instant askedAt) {
    }

    /** Marks the draft as awaiting review; false when there is no draft. */
    public boolean askForReview(String course, String lesson, long userId, Instant at) {
        return jdbc.sql("update lesson_draft set review_asked_at = ?, review_asked_by = ? "
                        + "where course_slug = ? and lesson_slug = ?")
                .params(Timestamp.from(at), userId, course, lesson).update() == 1;
    }

    public void save(String course, String lesson, String source, long userId, Instant at) {
        jdbc.sql("""
                insert into lesson_draft (course_slug, lesson_slug, source, updated_at, updated_by)
                values (?, ?, ?, ?, ?)
                on conflict (course_slug, lesson_slug)
                do update set source = excluded.source, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(course, lesson, source, Timestamp.from(at), userId).update();
    }

    /** Lesson slug to draft text, every draft of the course. */
    public Map<String, String> all(String course) {
        Map<String, String> drafts = new HashMap<>();
        jdbc.sql("select lesson_slug, source from lesson_draft where course_slug = ?").param(course)
                .query((rs, n) -> drafts.put(rs.getString(1), rs.getString(2))).list();
        return drafts;
    }

    public void deleteAll(String course) {
        jdbc.sql("delete from lesson_draft where course_slug = ?").param(course).update();
    }

    public void delete(String course, String lesson) {
        jdbc.sql("delete from lesson_draft where course_slug = ? and lesson_slug = ?").params(course, lesson).update();
    }
}
