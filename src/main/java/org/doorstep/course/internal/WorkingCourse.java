package org.doorstep.course.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.course.Course;
import org.doorstep.course.Lesson;
import org.jspecify.annotations.Nullable;

/**
 * A course as its authors see it: its own draft text if any, else the published one, and each listed lesson's draft
 * if any, else its published text (a lesson added since the last version has only a draft).
 */
public record WorkingCourse(String slug, @Nullable PublishedCourse published, String courseSource,
        CourseDrafts.@Nullable Draft courseDraft, Course course, Map<String, String> lessonDrafts) {

    public List<String> lessons() {
        return course.lessons();
    }

    public boolean lists(String lessonSlug) {
        return course.lessons().contains(lessonSlug);
    }

    public int publishedVersion() {
        return published == null ? 0 : published.version();
    }

    public Optional<String> publishedSource(String lessonSlug) {
        return published == null ? Optional.empty() : Optional.ofNullable(published.sources().get(lessonSlug));
    }

    /** The lesson's text as authors last left it; empty for a slug the course does not list. */
    public Optional<String> lessonText(String lessonSlug) {
        if (!lists(lessonSlug)) {
            return Optional.empty();
        }
        String draft = lessonDrafts.get(lessonSlug);
        return draft != null ? Optional.of(draft) : publishedSource(lessonSlug);
    }

    /** The title as published, else as drafted (unchecked), else the slug. */
    public String lessonTitle(String lessonSlug) {
        return Optional.ofNullable(published).flatMap(p -> p.lesson(lessonSlug)).map(Lesson::title)
                .or(() -> lessonText(lessonSlug).flatMap(ContentReader::unchecked).map(Lesson::title))
                .filter(title -> !title.isBlank()).orElse(lessonSlug);
    }

    /** Whether publishing would change anything: a course draft, or a draft of a listed lesson. */
    public boolean hasDrafts() {
        return courseDraft != null || course.lessons().stream().anyMatch(lessonDrafts::containsKey);
    }
}
