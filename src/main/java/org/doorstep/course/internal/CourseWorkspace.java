package org.doorstep.course.internal;

import java.util.List;
import java.util.NoSuchElementException;
import org.doorstep.course.Course;
import org.springframework.stereotype.Component;

/** Puts a course's published version and its drafts together as the authors' {@link WorkingCourse}. */
@Component
public class CourseWorkspace {

    private final CourseRows courses;
    private final CourseCatalog catalog;
    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;

    CourseWorkspace(CourseRows courses, CourseCatalog catalog, CourseDrafts courseDrafts, LessonDrafts lessonDrafts) {
        this.courses = courses;
        this.catalog = catalog;
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
    }

    /** The course as it stands; throws NoSuchElementException for a course not in the catalogue. */
    public WorkingCourse of(String slug) {
        var published = catalog.latest(slug).orElse(null);
        var draft = courseDrafts.find(slug).orElse(null);
        if (published == null && draft == null && !courses.exists(slug)) {
            throw new NoSuchElementException("no course " + slug);
        }
        String source = draft != null ? draft.source() : published != null ? published.courseSource()
                : CourseTexts.course(slug, slug, "", List.of());
        Course course = ContentReader.uncheckedCourse(source)
                .orElseGet(() -> published != null ? published.course() : new Course(slug, slug, "", List.of()));
        return new WorkingCourse(slug, published, source, draft, course, lessonDrafts.all(slug));
    }
}
