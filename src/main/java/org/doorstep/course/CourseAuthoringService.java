package org.doorstep.course;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.doorstep.course.internal.ContentReader;
import org.doorstep.course.internal.CourseCatalog;
import org.doorstep.course.internal.CourseVersions;
import org.doorstep.course.internal.CourseWorkspace;
import org.doorstep.course.internal.WorkingCourse;
import org.doorstep.course.internal.LessonDrafts;
import org.doorstep.course.internal.LessonYaml;
import org.doorstep.course.internal.LineDiff;
import org.doorstep.course.internal.ScenarioLayout;
import org.doorstep.course.internal.PublishedCourse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers and admins edit a lesson's YAML in any course of the catalogue, check and preview it, and save it as a draft. Only a content
 * editor (a trainer granted it, or an administrator) publishes it as a new course version, audited; other
 * trainers ask for review. Trainees' progress is keyed by lesson and step ids, so it survives a new version.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class CourseAuthoringService {

    /** Audit actions of authoring. */
    public static final String LESSON_PUBLISHED = "LESSON_PUBLISHED";
    public static final String LESSON_RESTORED = "LESSON_RESTORED";

    private final CourseCatalog catalog;
    private final CourseWorkspace workspace;
    private final CourseVersions versions;
    private final LessonDrafts drafts;
    private final AuditTrail audit;
    private final Clock clock;

    CourseAuthoringService(CourseCatalog catalog, CourseWorkspace workspace, CourseVersions versions, LessonDrafts drafts,
            AuditTrail audit, Clock clock) {
        this.catalog = catalog;
        this.workspace = workspace;
        this.versions = versions;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether whoever is signed in may publish (the content-editor permission). */
    public boolean mayPublish() {
        var who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.getAuthorities().stream().anyMatch(a -> Roles.CONTENT_EDITOR.equals(a.getAuthority()));
    }

    /** The lessons of the course's outline (its draft if any), each with its draft if any. */
    @Transactional(readOnly = true)
    public List<LessonSource> lessons(String course) {
        WorkingCourse working = workspace.of(course);
        Map<String, Boolean> asked = drafts.lessonsWithDrafts(course);
        return working.lessons().stream().map(slug -> lessonSource(working, asked, slug)).toList();
    }

    /** Drafts trainers asked a content editor to review, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewRequest> reviewRequests(String course) {
        WorkingCourse working = workspace.of(course);
        return drafts.awaitingReview(course).stream()
                .filter(request -> working.lists(request.lessonSlug()))
                .map(request -> new ReviewRequest(request.lessonSlug(), working.lessonTitle(request.lessonSlug()),
                        request.askedBy(), request.askedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public LessonSource source(String course, String lessonSlug) {
        WorkingCourse working = workspace.of(course);
        existing(working, lessonSlug);
        return lessonSource(working, drafts.lessonsWithDrafts(course), lessonSlug);
    }

    private static LessonSource lessonSource(WorkingCourse working, Map<String, Boolean> asked, String slug) {
        String live = working.publishedSource(slug).orElse("");
        return new LessonSource(slug, working.lessonTitle(slug), working.lessonText(slug).orElse(live),
                asked.containsKey(slug), working.publishedVersion(), live, asked.getOrDefault(slug, false));
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
    public void saveDraft(String course, String lessonSlug, String source) {
        drafts.save(course, existing(workspace.of(course), lessonSlug), source, SignedInUser.currentId(), clock.instant());
    }

    @Transactional
    public void discardDraft(String course, String lessonSlug) {
        drafts.delete(course, existing(workspace.of(course), lessonSlug));
    }

    /** Saves the text as the draft and marks it for a content editor to review and publish. */
    @Transactional
    public void askForReview(String course, String lessonSlug, String source) {
        saveDraft(course, lessonSlug, source);
        drafts.askForReview(course, lessonSlug, SignedInUser.currentId(), clock.instant());
    }

    /**
     * Publishes the course with this lesson replaced, as a new version, and audits it; returns the live version's
     * number. Text equal to the published one makes no version (the draft, if any, is dropped). A lesson not yet
     * published goes out with its course ({@link CourseOutlineService#publish}).
     */
    @Transactional
    @PreAuthorize("hasAuthority('CONTENT_EDITOR')")
    public int publish(String course, String lessonSlug, String source) {
        ContentReader.lesson(fileName(lessonSlug), source);
        versions.lockForPublishing(course);
        PublishedCourse published = catalog.latest(course).filter(live -> live.lesson(lessonSlug).isPresent())
                .orElseThrow(() -> Refusal.of("authoring.publish.course-first"));
        drafts.delete(course, lessonSlug);
        if (source.equals(published.sources().get(lessonSlug))) {
            return published.version();
        }
        Map<String, String> sources = new LinkedHashMap<>(published.sources());
        sources.put(lessonSlug, source);
        versions.publish(course, "AUTHOR", "author:" + clock.instant(), SignedInUser.currentId(), published.courseSource(), sources);
        int version = published.version() + 1;
        audit.record(LESSON_PUBLISHED, null, "Lesson " + lessonSlug + " of course " + course
                + " published as course version " + version);
        return version;
    }

    /** The lesson as the documented YAML, as the authoring form writes it after each change. */
    public String lessonText(Lesson lesson) {
        return LessonYaml.write(lesson);
    }

    /** The text as a lesson, faults and all, for the authoring form; empty when the text does not parse. */
    public Optional<Lesson> readDraft(String text) {
        return ContentReader.unchecked(text);
    }

    /** The text's branching scenarios laid out as maps, faults and all; none when the text does not parse. */
    public List<ScenarioGraph> scenarioMaps(String text) {
        return ContentReader.unchecked(text).stream().flatMap(lesson -> lesson.steps().stream())
                .filter(Step.Scenario.class::isInstance).map(Step.Scenario.class::cast)
                .map(ScenarioLayout::of).toList();
    }

    /** The course versions in which this lesson's text changed, newest first; one page. */
    @Transactional(readOnly = true)
    public List<LessonVersion> history(String course, String lessonSlug, int offset, int limit) {
        return versions.lessonHistory(course, lessonSlug, offset, limit);
    }

    @Transactional(readOnly = true)
    public int historyCount(String course, String lessonSlug) {
        return versions.lessonHistoryCount(course, lessonSlug);
    }

    /** What this text changes against the lesson as published in that version (all of it, for a new lesson). */
    @Transactional(readOnly = true)
    public LessonDiff diff(String course, String lessonSlug, int version, String text) {
        return new LessonDiff(version, LineDiff.rows(versions.lessonSource(course, lessonSlug, version).orElse(""), text));
    }

    /**
     * Makes the lesson's text of an earlier version the draft (audited); publishing it is a separate step.
     * Returns the restored text.
     */
    @Transactional
    public String restore(String course, String lessonSlug, int version) {
        String text = versions.lessonSource(course, lessonSlug, version)
                .orElseThrow(() -> new NoSuchElementException(lessonSlug + " in version " + version));
        saveDraft(course, lessonSlug, text);
        audit.record(LESSON_RESTORED, null, "Lesson " + lessonSlug + " of course " + course
                + ": the text of course version " + version + " restored as the draft");
        return text;
    }

    private static String existing(WorkingCourse working, String lessonSlug) {
        if (!working.lists(lessonSlug)) {
            throw new NoSuchElementException(lessonSlug + " in " + working.slug());
        }
        return lessonSlug;
    }

    private static String fileName(String lessonSlug) {
        return "lessons/" + lessonSlug + ".yaml";
    }

}
