package org.doorstep.course.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    /** Serialises publishing across instances until the transaction ends. */
    public void lockForPublishing(String courseSlug) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('course:' || ?))").param(courseSlug).query().singleRow();
    }
}
