package org.doorstep.course.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The latest published version of each course. Versions never change once stored, so parsed ones
 * are kept by id; asking for the latest id each time lets every instance see a new publication.
 */
@Component
public class CourseCatalog {

    private final CourseVersions versions;
    private final Map<Long, PublishedCourse> parsed = new ConcurrentHashMap<>();

    CourseCatalog(CourseVersions versions) {
        this.versions = versions;
    }

    public Optional<PublishedCourse> latest(String courseSlug) {
        return versions.latest(courseSlug).map(row -> parsed.computeIfAbsent(row.id(), id -> load(row)));
    }

    private PublishedCourse load(CourseVersions.Row row) {
        String courseSource = versions.courseSource(row.id());
        Map<String, String> sources = versions.lessonSources(row.id());
        List<org.doorstep.course.Lesson> lessons = sources.entrySet().stream()
                .map(entry -> ContentReader.lesson("lessons/" + entry.getKey() + ".yaml", entry.getValue()))
                .toList();
        return new PublishedCourse(row.id(), row.version(), ContentReader.course("course.yaml", courseSource),
                courseSource, lessons, sources);
    }
}
