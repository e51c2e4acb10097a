package org.doorstep.course;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.course.internal.ContentReader;
import org.doorstep.course.internal.CourseCatalog;
import org.doorstep.course.internal.CourseDrafts;
import org.doorstep.course.internal.CourseRows;
import org.doorstep.course.internal.CourseTexts;
import org.doorstep.course.internal.LessonDrafts;
import org.doorstep.course.internal.PublishedCourse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of courses for trainers and administrators. Creating a course (blank or as a copy of another's
 * published lessons, which become its drafts) and retiring one take the content-editor permission and are audited.
 * A retired course takes no new cohort; trainees already on it keep it and their progress.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class CourseCatalogueService {

    public static final String COURSE_CREATED = "COURSE_CREATED";
    public static final String COURSE_COPIED = "COURSE_COPIED";
    public static final String COURSE_RETIRED = "COURSE_RETIRED";
    public static final String COURSE_REINSTATED = "COURSE_REINSTATED";

    private final CourseRows courses;
    private final CourseCatalog catalog;
    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;
    private final AuditTrail audit;
    private final Clock clock;

    CourseCatalogueService(CourseRows courses, CourseCatalog catalog, CourseDrafts courseDrafts, LessonDrafts lessonDrafts,
            AuditTrail audit, Clock clock) {
        this.courses = courses;
        this.catalog = catalog;
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the catalogue: courses in use first, then by slug. */
    @Transactional(readOnly = true)
    public List<CourseSummary> courses(int offset, int limit) {
        return courses.page(offset, limit).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        return courses.count();
    }

    @Transactional(readOnly = true)
    public CourseSummary course(String slug) {
        return courses.find(slug).map(this::summary).orElseThrow(() -> new NoSuchElementException(slug));
    }

    private CourseSummary summary(CourseRows.Row row) {
        // The course texts come with the row: no query per course of the page.
        var draft = Optional.ofNullable(row.draftText()).flatMap(ContentReader::uncheckedCourse);
        var published = Optional.ofNullable(row.publishedText()).flatMap(ContentReader::uncheckedCourse);
        Course shown = published.or(() -> draft).orElse(new Course(row.slug(), row.slug(), "", List.of()));
        String title = shown.title() == null || shown.title().isBlank() ? row.slug() : shown.title();
        return new CourseSummary(row.slug(), title, shown.lessons().size(), row.version(), row.publishedAt(),
                row.drafts(), row.retired(), row.copiedFrom());
    }

    /** A slug for the title that no course has yet. */
    @Transactional(readOnly = true)
    public String suggestSlug(String title) {
        return CourseTexts.unique(CourseTexts.slugOf(title), courses::exists);
    }

    /** A new course with no lesson yet; its outline is a draft until it is published. */
    @Transactional
    @PreAuthorize("hasAuthority('CONTENT_EDITOR')")
    public String create(String title, String slug) {
        claim(title, slug, null);
        courseDrafts.save(slug, CourseTexts.course(slug, title.strip(), "", List.of()), SignedInUser.currentId(),
                clock.instant());
        audit.record(COURSE_CREATED, null, "Course " + slug + " (" + title.strip() + ") created");
        return slug;
    }

    /** A new course whose drafts are the other course's published text and lessons, under the new title. */
    @Transactional
    @PreAuthorize("hasAuthority('CONTENT_EDITOR')")
    public String copy(String from, String title, String slug) {
        PublishedCourse original = catalog.latest(from).orElseThrow(() -> new Refusal("from", "catalogue.copy.unpublished"));
        claim(title, slug, from);
        long user = SignedInUser.currentId();
        Course course = original.course();
        courseDrafts.save(slug, CourseTexts.course(slug, title.strip(), Objects.requireNonNullElse(course.summary(), ""),
                course.lessons()), user, clock.instant());
        original.sources().forEach((lesson, source) -> lessonDrafts.save(slug, lesson, source, user, clock.instant()));
        audit.record(COURSE_COPIED, null, "Course " + slug + " (" + title.strip() + ") created as a copy of course "
                + from + " version " + original.version());
        return slug;
    }

    private void claim(String title, String slug, @Nullable String copiedFrom) {
        if (title == null || title.isBlank()) {
            throw new Refusal("title", "catalogue.title.required");
        }
        if (!CourseTexts.validSlug(slug)) {
            throw new Refusal("slug", "catalogue.slug.invalid", CourseTexts.MAX_SLUG);
        }
        if (!courses.create(slug, copiedFrom, SignedInUser.currentId(), clock.instant())) {
            throw new Refusal("slug", "catalogue.slug.taken", slug);
        }
    }

    /** No new cohort can be given the course; trainees already on it keep it and their progress. */
    @Transactional
    @PreAuthorize("hasAuthority('CONTENT_EDITOR')")
    public void retire(String slug) {
        if (CourseService.COURSE.equals(slug)) {
            throw Refusal.of("catalogue.retire.default");
        }
        if (courses.retire(slug, true, SignedInUser.currentId(), clock.instant())) {
            audit.record(COURSE_RETIRED, null, "Course " + slug + " retired");
        }
    }

    @Transactional
    @PreAuthorize("hasAuthority('CONTENT_EDITOR')")
    public void reinstate(String slug) {
        if (courses.retire(slug, false, SignedInUser.currentId(), clock.instant())) {
            audit.record(COURSE_REINSTATED, null, "Course " + slug + " taken out of retirement");
        }
    }
}
