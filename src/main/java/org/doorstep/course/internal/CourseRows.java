package org.doorstep.course.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue of courses (table course): which exist, where a copy came from, which are retired. */
@Repository
public class CourseRows {

    /**
     * A course with its latest published version (0 and no date when none), whether it has drafts, and the course's
     * own text (course.yaml) as published and as drafted, so a page of the catalogue is one query.
     */
    public record Row(String slug, @Nullable String copiedFrom, boolean retired, int version,
            @Nullable Instant publishedAt, boolean drafts, @Nullable String publishedText, @Nullable String draftText) {
    }

    private static final String ROWS = """
            select c.slug, c.copied_from, c.retired_at is not null as retired,
                   coalesce(v.version, 0) as version, v.published_at,
                   d.course_slug is not null
                   or exists (select 1 from lesson_draft l where l.course_slug = c.slug) as drafts,
                   (select m.source from course_meta m where m.version_id = v.id) as published_text,
                   d.source as draft_text
              from course c
              left join course_draft d on d.course_slug = c.slug
              left join lateral (select id, version, published_at from course_version
                                  where course_slug = c.slug order by version desc limit 1) v on true""";

    private final JdbcClient jdbc;

    CourseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, courses in use first, then by slug. */
    public List<Row> page(int offset, int limit) {
        return jdbc.sql(ROWS + " order by c.retired_at is not null, c.slug offset ? limit ?")
                .params(offset, limit).query(CourseRows::row).list();
    }

    public Optional<Row> find(String slug) {
        return jdbc.sql(ROWS + " where c.slug = ?").param(slug).query(CourseRows::row).optional();
    }

    public int count() {
        return jdbc.sql("select count(*) from course").query(Integer.class).single();
    }

    public boolean exists(String slug) {
        return jdbc.sql("select exists (select 1 from course where slug = ?)").param(slug).query(Boolean.class).single();
    }

    /** False when the slug is taken. */
    public boolean create(String slug, @Nullable String copiedFrom, @Nullable Long by, Instant at) {
        return jdbc.sql("insert into course (slug, copied_from, created_at, created_by) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .param(slug).param(copiedFrom).param(Timestamp.from(at)).param(by).update() == 1;
    }

    /** Sets or clears the retirement; false when the course was already so. */
    public boolean retire(String slug, boolean retired, long by, Instant at) {
        return retired
                ? jdbc.sql("update course set retired_at = ?, retired_by = ? where slug = ? and retired_at is null")
                        .params(Timestamp.from(at), by, slug).update() == 1
                : jdbc.sql("update course set retired_at = null, retired_by = null where slug = ? and retired_at is not null")
                        .param(slug).update() == 1;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Row(rs.getString("slug"), rs.getString("copied_from"), rs.getBoolean("retired"),
                rs.getInt("version"), published == null ? null : published.toInstant(), rs.getBoolean("drafts"),
                rs.getString("published_text"), rs.getString("draft_text"));
    }
}
