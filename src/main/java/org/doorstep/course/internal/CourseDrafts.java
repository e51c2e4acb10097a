package org.doorstep.course.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A course's own unpublished text (course.yaml: title, summary, lesson order), saved as authors change it. */
@Repository
public class CourseDrafts {

    public record Draft(String source, boolean reviewAsked) {
    }

    private final JdbcClient jdbc;

    CourseDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Draft> find(String course) {
        return jdbc.sql("select source, review_asked_at is not null as asked from course_draft where course_slug = ?")
                .param(course).query((rs, n) -> new Draft(rs.getString(1), rs.getBoolean(2))).optional();
    }

    public void save(String course, String source, long userId, Instant at) {
        jdbc.sql("""
                insert into course_draft (course_slug, source, updated_at, updated_by) values (?, ?, ?, ?)
                on conflict (course_slug)
                do update set source = excluded.source, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(course, source, Timestamp.from(at), userId).update();
    }

    /** Marks the draft as awaiting a content editor's review; false when there is no draft. */
    public boolean askForReview(String course, long userId, Instant at) {
        return jdbc.sql("update course_draft set review_asked_at = ?, review_asked_by = ? where course_slug = ?")
                .params(Timestamp.from(at), userId, course).update() == 1;
    }

    public void delete(String course) {
        jdbc.sql("delete from course_draft where course_slug = ?").param(course).update();
    }
}
