package org.doorstep.course;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.doorstep.base.SignedInUser;
import org.doorstep.course.internal.ContentReader;
import org.doorstep.course.internal.CourseCatalog;
import org.doorstep.course.internal.CourseVersions;
import org.doorstep.course.internal.LessonDrafts;
import org.doorstep.course.internal.PublishedCourse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers and admins edit a lesson's YAML, check and preview it, and publish it as a new course
 * version. Trainees' progress is keyed by lesson and step ids, so it survives a new version.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class CourseAuthoringService {

    private static final String COURSE = CourseService.COURSE;

    private final CourseCatalog catalog;
    private final CourseVersions versions;
    private final LessonDrafts drafts;
    private final Clock clock;

    CourseAuthoringService(CourseCatalog catalog, CourseVersions versions, LessonDrafts drafts, Clock clock) {
        this.catalog = catalog;
        this.versions = versions;
        this.drafts = drafts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LessonSource> lessons() {
        PublishedCourse published = published();
        Map<String, Boolean> withDrafts = drafts.lessonsWithDrafts(COURSE);
        return published.lessons().stream()
                .map(lesson -> new LessonSource(lesson.slug(), lesson.title(), Objects.requireNonNull(published.sources().get(lesson.slug())),
                        withDrafts.containsKey(lesson.slug()), published.version()))
                .toList();
    }

    @Transactional(readOnly = true)
    public LessonSource source(String lessonSlug) {
        PublishedCourse published = published();
        Lesson lesson = published.lesson(lessonSlug).orElseThrow(() -> new NoSuchElementException(lessonSlug));
        var draft = drafts.find(COURSE, lessonSlug);
        return new LessonSource(lessonSlug, lesson.title(), draft.orElseGet(() -> Objects.requireNonNull(published.sources().get(lessonSlug))),
                draft.isPresent(), published.version());
    }

    /** Every problem in the text, or none. */
    public List<ContentProblem> check(String lessonSlug, String source) {
        try {
            ContentReader.lesson(fileName(lessonSlug), source);
            return List.of();
        } catch (InvalidContentException invalid) {
            return invalid.problems();
        }
    }

    /** The lesson exactly as trainees would get it; throws with the problems when it is invalid. */
    public Lesson preview(String lessonSlug, String source) {
        return ContentReader.lesson(fileName(lessonSlug), source);
    }

    @Transactional
    public void saveDraft(String lessonSlug, String source) {
        drafts.save(COURSE, existing(lessonSlug), source, SignedInUser.currentId(), clock.instant());
    }

    @Transactional
    public void discardDraft(String lessonSlug) {
        drafts.delete(COURSE, existing(lessonSlug));
    }

    /** Publishes the course with this lesson replaced, as a new version; returns its number. */
    @Transactional
    public int publish(String lessonSlug, String source) {
        ContentReader.lesson(fileName(existing(lessonSlug)), source);
        versions.lockForPublishing(COURSE);
        PublishedCourse published = published();
        Map<String, String> sources = new LinkedHashMap<>(published.sources());
        sources.put(lessonSlug, source);
        versions.publish(COURSE, "AUTHOR", "author:" + clock.instant(), SignedInUser.currentId(), published.courseSource(), sources);
        drafts.delete(COURSE, lessonSlug);
        return published.version() + 1;
    }

    private String existing(String lessonSlug) {
        published().lesson(lessonSlug).orElseThrow(() -> new NoSuchElementException(lessonSlug));
        return lessonSlug;
    }

    private PublishedCourse published() {
        return catalog.latest(COURSE).orElseThrow(() -> new IllegalStateException("No course published"));
    }

    private static String fileName(String lessonSlug) {
        return "lessons/" + lessonSlug + ".yaml";
    }

}
