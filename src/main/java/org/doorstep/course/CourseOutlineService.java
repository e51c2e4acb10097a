package org.doorstep.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.course.internal.CourseDrafts;
import org.doorstep.course.internal.CourseFiles;
import org.doorstep.course.internal.CourseRows;
import org.doorstep.course.internal.CourseTexts;
import org.doorstep.course.internal.CourseVersions;
import org.doorstep.course.internal.CourseWorkspace;
import org.doorstep.course.internal.LessonDrafts;
import org.doorstep.course.internal.WorkingCourse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's own text as its authors change it: title, summary, and which lessons in which order. Each change is
 * saved as the course's draft when it is made; a content editor publishes the draft and every lesson draft as one
 * new course version (audited); other trainers ask for review.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class CourseOutlineService {

    public static final String COURSE_PUBLISHED = "COURSE_PUBLISHED";

    private final CourseWorkspace workspace;
    private final CourseRows courses;
    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;
    private final CourseVersions versions;
    private final AuditTrail audit;
    private final Clock clock;

    CourseOutlineService(CourseWorkspace workspace, CourseRows courses, CourseDrafts courseDrafts,
            LessonDrafts lessonDrafts, CourseVersions versions, AuditTrail audit, Clock clock) {
        this.workspace = workspace;
        this.courses = courses;
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CourseOutline outline(String course) {
        WorkingCourse working = workspace.of(course);
        var draft = working.courseDraft();
        List<CourseOutline.Lesson> lessons = working.lessons().stream()
                .map(slug -> new CourseOutline.Lesson(slug, working.lessonTitle(slug),
                        working.publishedSource(slug).isPresent(), working.lessonDrafts().containsKey(slug)))
                .toList();
        boolean retired = courses.find(course).map(row -> row.retired()).orElse(false);
        return new CourseOutline(course, Objects.requireNonNullElse(working.course().title(), ""),
                Objects.requireNonNullElse(working.course().summary(), ""), lessons, working.publishedVersion(), retired,
                draft != null, draft != null && draft.reviewAsked(), working.hasDrafts());
    }

    @Transactional
    public void describe(String course, String title, String summary) {
        if (title == null || title.isBlank()) {
            throw new Refusal("title", "catalogue.title.required");
        }
        WorkingCourse working = workspace.of(course);
        save(working, new Course(course, title.strip(), Objects.requireNonNullElse(summary, "").strip(),
                working.lessons()));
    }

    /** Adds a blank lesson (one reading step, so it validates) at the end; returns its slug, unique in the course. */
    @Transactional
    public String addLesson(String course, String title, String firstStepText) {
        if (title == null || title.isBlank()) {
            throw new Refusal("lessonTitle", "outline.lesson.title-required");
        }
        WorkingCourse working = workspace.of(course);
        String slug = CourseTexts.unique(CourseTexts.slugOf(title),
                taken -> working.lists(taken) || working.publishedSource(taken).isPresent());
        lessonDrafts.save(course, slug, CourseTexts.blankLesson(slug, title.strip(), firstStepText),
                SignedInUser.currentId(), clock.instant());
        List<String> lessons = new ArrayList<>(working.lessons());
        lessons.add(slug);
        save(working, withLessons(working, lessons));
        return slug;
    }

    /** Moves the lesson to that place in the order (0 is first; out of range means the nearest end). */
    @Transactional
    public void moveLesson(String course, String lessonSlug, int to) {
        WorkingCourse working = workspace.of(course);
        List<String> lessons = new ArrayList<>(working.lessons());
        if (!lessons.remove(lessonSlug)) {
            throw new NoSuchElementException(lessonSlug + " in " + course);
        }
        lessons.add(Math.clamp(to, 0, lessons.size()), lessonSlug);
        save(working, withLessons(working, lessons));
    }

    /** Takes the lesson out of the course's draft and drops its own draft; trainees' progress in it is kept. */
    @Transactional
    public void removeLesson(String course, String lessonSlug) {
        WorkingCourse working = workspace.of(course);
        List<String> lessons = new ArrayList<>(working.lessons());
        if (!lessons.remove(lessonSlug)) {
            throw new NoSuchElementException(lessonSlug + " in " + course);
        }
        lessonDrafts.delete(course, lessonSlug);
        save(working, withLessons(working, lessons));
    }

    /** Every problem that stops the course as drafted from being published, or none. */
    @Transactional(readOnly = true)
    public List<ContentProblem> check(String course) {
        try {
            validate(workspace.of(course));
            return List.of();
        } catch (InvalidContentException invalid) {
            return invalid.problems();
        }
    }

    @Transactional
    public void askForReview(String course) {
        WorkingCourse working = workspace.of(course);
        validate(working);
        if (working.courseDraft() == null) {
            courseDrafts.save(course, working.courseSource(), SignedInUser.currentId(), clock.instant());
        }
        courseDrafts.askForReview(course, SignedInUser.currentId(), clock.instant());
    }

    /**
     * Publishes the course's draft with every lesson's draft as a new version and audits it; returns the live
     * version's number (unchanged when nothing was drafted). Throws with the problems when it does not validate.
     */
    @Transactional
    @PreAuthorize("hasAuthority('CONTENT_EDITOR')")
    public int publish(String course) {
        versions.lockForPublishing(course);
        WorkingCourse working = workspace.of(course);
        CourseFiles.CheckedCourse checked = validate(working);
        if (!working.hasDrafts()) {
            return working.publishedVersion();
        }
        versions.publish(course, "AUTHOR", "author:" + clock.instant(), SignedInUser.currentId(), working.courseSource(),
                checked.lessonSources());
        courseDrafts.delete(course);
        lessonDrafts.deleteAll(course);
        int version = working.publishedVersion() + 1;
        audit.record(COURSE_PUBLISHED, null, "Course " + course + " published as version " + version + " ("
                + checked.lessonSources().size() + " lessons)");
        return version;
    }

    private static CourseFiles.CheckedCourse validate(WorkingCourse working) {
        CourseFiles.CheckedCourse checked = CourseFiles.check("", working.courseSource(), working::lessonText);
        if (!working.slug().equals(checked.course().slug())) {
            throw new InvalidContentException(List.of(new ContentProblem(CourseFiles.COURSE_FILE, "slug",
                    "is '" + checked.course().slug() + "' but the course is '" + working.slug() + "'")));
        }
        return checked;
    }

    private static Course withLessons(WorkingCourse working, List<String> lessons) {
        Course course = working.course();
        return new Course(working.slug(), course.title(), course.summary(), lessons);
    }

    /** The course's draft becomes this; none when it equals the published course. */
    private void save(WorkingCourse working, Course course) {
        var published = working.published();
        if (published != null && published.course().equals(course)) {
            courseDrafts.delete(working.slug());
        } else {
            courseDrafts.save(working.slug(), CourseTexts.course(course), SignedInUser.currentId(), clock.instant());
        }
    }
}
