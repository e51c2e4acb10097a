package org.doorstep.course;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Refusal;
import org.doorstep.base.SignedInUser;
import org.doorstep.course.internal.CourseCatalog;
import org.doorstep.course.internal.CourseDrafts;
import org.doorstep.course.internal.CourseFiles;
import org.doorstep.course.internal.CourseRows;
import org.doorstep.course.internal.CourseTexts;
import org.doorstep.course.internal.CourseWorkspace;
import org.doorstep.course.internal.LessonDrafts;
import org.doorstep.course.internal.PublishedCourse;
import org.doorstep.course.internal.WorkingCourse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course as the documented YAML files in a zip (course.yaml and lessons/{slug}.yaml, as in
 * src/main/resources/courses): exported as published or as drafted, and imported as a new course or as the drafts
 * of an existing one. An import is validated as the shipped files are; on any problem nothing is stored.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class CourseTransferService {

    public static final String COURSE_IMPORTED = "COURSE_IMPORTED";

    private final CourseRows courses;
    private final CourseCatalog catalog;
    private final CourseWorkspace workspace;
    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;
    private final AuditTrail audit;
    private final Clock clock;

    CourseTransferService(CourseRows courses, CourseCatalog catalog, CourseWorkspace workspace, CourseDrafts courseDrafts,
            LessonDrafts lessonDrafts, AuditTrail audit, Clock clock) {
        this.courses = courses;
        this.catalog = catalog;
        this.workspace = workspace;
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest published version as a zip. */
    @Transactional(readOnly = true)
    public byte[] exportPublished(String course) {
        PublishedCourse published = catalog.latest(course).orElseThrow(() -> Refusal.of("transfer.export.unpublished"));
        return CourseFiles.zip(published.courseSource(), published.sources());
    }

    /** The course as its authors left it (drafts where there are some, else the published text), as a zip. */
    @Transactional(readOnly = true)
    public byte[] exportDrafts(String course) {
        WorkingCourse working = workspace.of(course);
        Map<String, String> lessons = new LinkedHashMap<>();
        working.lessons().forEach(slug -> lessons.put(slug, working.lessonText(slug).orElse("")));
        return CourseFiles.zip(working.courseSource(), lessons);
    }

    /**
     * A new course from the zip, its slug the one course.yaml gives, its content drafts to publish; throws
     * InvalidContentException naming every problem (a slug already taken is one), and then stores nothing.
     */
    @Transactional
    @PreAuthorize("hasAuthority('CONTENT_EDITOR')")
    public String importAsNewCourse(Path zip, String fileName) {
        CourseFiles.CheckedCourse checked = CourseFiles.unzip(zip, fileName);
        String slug = checked.course().slug();
        if (!CourseTexts.validSlug(slug) || !courses.create(slug, null, SignedInUser.currentId(),
                clock.instant())) {
            throw new InvalidContentException(List.of(new ContentProblem(CourseFiles.COURSE_FILE, "slug",
                    "'" + slug + "' is taken (or longer than " + CourseTexts.MAX_SLUG
                            + " characters): change it, or import into that course as drafts")));
        }
        store(slug, checked);
        audit.record(COURSE_IMPORTED, null, "Course " + slug + " created from " + fileName + " ("
                + checked.lessonSources().size() + " lessons, as drafts)");
        return slug;
    }

    /** Replaces the course's drafts with the zip's content (under this course's slug); published versions stay. */
    @Transactional
    public void importAsDrafts(String course, Path zip, String fileName) {
        workspace.of(course); // the course exists
        CourseFiles.CheckedCourse checked = CourseFiles.unzip(zip, fileName);
        lessonDrafts.deleteAll(course);
        store(course, checked);
        audit.record(COURSE_IMPORTED, null, "Course " + course + ": drafts replaced from " + fileName + " ("
                + checked.lessonSources().size() + " lessons)");
    }

    private void store(String course, CourseFiles.CheckedCourse checked) {
        long user = SignedInUser.currentId();
        Course read = checked.course();
        String courseSource = read.slug().equals(course) ? checked.courseSource()
                : CourseTexts.course(course, read.title(), read.summary() == null ? "" : read.summary(), read.lessons());
        courseDrafts.save(course, courseSource, user, clock.instant());
        checked.lessonSources().forEach((slug, source) -> lessonDrafts.save(course, slug, source, user, clock.instant()));
    }
}
