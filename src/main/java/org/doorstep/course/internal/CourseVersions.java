package org.doorstep.course.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.course.LessonVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.jspecify.annotations.Nullable;

/** Published course versions: each lesson's YAML as it was published, in map order. */
@Repository
public class CourseVersions {

    public record Row(long id, int version, String origin, String sourceHash) {
    }

    private final JdbcClient jdbc;

    CourseVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> latest(String courseSlug) {
        return jdbc.sql("select id, version, origin, source_hash from course_version where course_slug = ? "
                        + "order by version desc limit 1")
                .param(courseSlug).query(Row.class).optional();
    }

    public Optional<Row> latestFromFiles(String courseSlug) {
        return jdbc.sql("select id, version, origin, source_hash from course_version where course_slug = ? "
                        + "and origin = 'FILE' order by version desc limit 1")
                .param(courseSlug).query(Row.class).optional();
    }

    public String courseSource(long versionId) {
        return jdbc.sql("select source from course_meta where version_id = ?").param(versionId)
                .query(String.class).single();
    }

    /** Lesson slug to YAML source, in map order. */
    public Map<String, String> lessonSources(long versionId) {
        Map<String, String> sources = new LinkedHashMap<>();
        jdbc.sql("select slug, source from course_lesson where version_id = ? order by position")
                .param(versionId)
                .query((rs, n) -> sources.put(rs.getString("slug"), rs.getString("source"))).list();
        return sources;
    }

    /** Stores a new version numbered after the latest; callers hold the course's publish lock. */
    public long publish(String courseSlug, String origin, String hash, @Nullable Long publishedBy, String courseSource,
            Map<String, String> lessonSources) {
        int version = latest(courseSlug).map(Row::version).orElse(0) + 1;
        long id = jdbc.sql("insert into course_version (course_slug, version, origin, source_hash, published_by) "
                        + "values (?, ?, ?, ?, ?) returning id")
                .param(courseSlug).param(version).param(origin).param(hash).param(publishedBy)
                .query(Long.class).single();
        jdbc.sql("insert into course_meta (version_id, source) values (?, ?)").params(id, courseSource).update();
        int position = 0;
        for (var lesson : lessonSources.entrySet()) {
            jdbc.sql("insert into course_lesson (version_id, position, slug, source) values (?, ?, ?, ?)")
                    .params(id, position++, lesson.getKey(), lesson.getValue()).update();
        }
        return id;
    }

    /** The versions in which the lesson's text changed (its first included), newest first, one page of them. */
    public List<LessonVersion> lessonHistory(String courseSlug, String lessonSlug, int offset, int limit) {
        return jdbc.sql("select version, published_at, display_name, origin from (" + CHANGES + ") h "
                        + "where changed order by version desc offset ? limit ?")
                .params(lessonSlug, courseSlug, offset, limit)
                .query((rs, n) -> new LessonVersion(rs.getInt("version"), rs.getTimestamp("published_at").toInstant(),
                        rs.getString("display_name"), "FILE".equals(rs.getString("origin"))))
                .list();
    }

    public int lessonHistoryCount(String courseSlug, String lessonSlug) {
        return jdbc.sql("select count(*) from (" + CHANGES + ") h where changed").params(lessonSlug, courseSlug)
                .query(Integer.class).single();
    }

    /** Each version holding the lesson, and whether its text differs from the version before. */
    private static final String CHANGES = """
            select v.version, v.published_at, u.display_name, v.origin,
                   l.source is distinct from lag(l.source) over (order by v.version) as changed
              from course_version v
              join course_lesson l on l.version_id = v.id and l.slug = ?
              left join app_user u on u.id = v.published_by
             where v.course_slug = ?""";

    /** The lesson's text in that version, if the version holds the lesson. */
    public Optional<String> lessonSource(String courseSlug, String lessonSlug, int version) {
        return jdbc.sql("select l.source from course_version v join course_lesson l on l.version_id = v.id "
                        + "where v.course_slug = ? and v.version = ? and l.slug = ?")
                .params(courseSlug, version, lessonSlug).query(String.class).optional();
    }

    /** Serialises publishing across instances until the transaction ends. */
    public void lockForPublishing(String courseSlug) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('course:' || ?))").param(courseSlug).query().singleRow();
    }
}
