package org.doorstep.course.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.course.Course;
import org.doorstep.course.Lesson;

/** One published version of a course: parsed lessons in map order, with their YAML sources. */
public record PublishedCourse(long versionId, int version, Course course, String courseSource,
        List<Lesson> lessons, Map<String, String> sources) {

    public Optional<Lesson> lesson(String slug) {
        return lessons.stream().filter(lesson -> lesson.slug().equals(slug)).findFirst();
    }

    /** The YAML of one of these lessons: each was read from lessons/{slug}.yaml, which must hold that slug. */
    public String source(String lessonSlug) {
        return Objects.requireNonNull(sources.get(lessonSlug), () -> "no lesson " + lessonSlug + " in this version");
    }
}
