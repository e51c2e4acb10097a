package org.doorstep.course;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;
import org.doorstep.course.internal.ContentReader;
import org.doorstep.course.internal.CourseCatalog;
import org.doorstep.course.internal.CourseVersions;
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
 * Trainers and admins edit a lesson's YAML, check and preview it, and save it as a draft. Only a content
 * editor (a trainer granted it, or an administrator) publishes it as a new course version, audited; other
 * trainers ask for review. Trainees' progress is keyed by lesson and step ids, so it survives a new version.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class CourseAuthoringService {

    private static final String COURSE = CourseService.COURSE;

    /** Audit actions of authoring. */
    public static final String LESSON_PUBLISHED = "LESSON_PUBLISHED";
    public static final String LESSON_RESTORED = "LESSON_RESTORED";

    private final CourseCatalog catalog;
    private final CourseVersions versions;
    private final LessonDrafts drafts;
    private final AuditTrail audit;
    private final Clock clock;

    CourseAuthoringService(CourseCatalog catalog, CourseVersions versions, LessonDrafts drafts, AuditTrail audit,
            Clock clock) {
        this.catalog = catalog;
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

    @Transactional(readOnly = true)
    public List<LessonSource> lessons() {
        PublishedCourse published = published();
        Map<String, Boolean> withDrafts = drafts.lessonsWithDrafts(COURSE);
        return published.lessons().stream()
                .map(lesson -> new LessonSource(lesson.slug(), lesson.title(), published.source(lesson.slug()),
                        withDrafts.containsKey(lesson.slug()), published.version(), published.source(lesson.slug()),
                        withDrafts.getOrDefault(lesson.slug(), false)))
                .toList();
    }

    /** Drafts trainers asked a content editor to review, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewRequest> reviewRequests() {
        PublishedCourse published = published();
        return drafts.awaitingReview(COURSE).stream()
                .filter(asked -> published.lesson(asked.lessonSlug()).isPresent())
                .map(asked -> new ReviewRequest(asked.lessonSlug(), published.lesson(asked.lessonSlug()).orElseThrow().title(),
                        asked.askedBy(), asked.askedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public LessonSource source(String lessonSlug) {
        PublishedCourse published = published();
        Lesson lesson = published.lesson(lessonSlug).orElseThrow(() -> new NoSuchElementException(lessonSlug));
        var draft = drafts.find(COURSE, lessonSlug);
        String live = published.source(lessonSlug);
        return new LessonSource(lessonSlug, lesson.title(), draft.orElse(live), draft.isPresent(), published.version(),
                live, drafts.lessonsWithDrafts(COURSE).getOrDefault(lessonSlug, false));
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

    /** Saves the text as the draft and marks it for a content editor to review and publish. */
    @Transactional
    public void askForReview(String lessonSlug, String source) {
        saveDraft(lessonSlug, source);
        drafts.askForReview(COURSE, lessonSlug, SignedInUser.currentId(), clock.instant());
    }

    /**
     * Publishes the course with this lesson replaced, as a new version, and audits it; returns the live version's
     * number. Text equal to the published one makes no version (the draft, if any, is dropped).
     */
    @Transactional
    @PreAuthorize("hasAuthority('CONTENT_EDITOR')")
    public int publish(String lessonSlug, String source) {
        ContentReader.lesson(fileName(existing(lessonSlug)), source);
        versions.lockForPublishing(COURSE);
        PublishedCourse published = published();
        drafts.delete(COURSE, lessonSlug);
        if (source.equals(published.sources().get(lessonSlug))) {
            return published.version();
        }
        Map<String, String> sources = new LinkedHashMap<>(published.sources());
        sources.put(lessonSlug, source);
        versions.publish(COURSE, "AUTHOR", "author:" + clock.instant(), SignedInUser.currentId(), published.courseSource(), sources);
        int version = published.version() + 1;
        audit.record(LESSON_PUBLISHED, null, "Lesson " + lessonSlug + " of course " + COURSE
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
    public List<LessonVersion> history(String lessonSlug, int offset, int limit) {
        return versions.lessonHistory(COURSE, existing(lessonSlug), offset, limit);
    }

    @Transactional(readOnly = true)
    public int historyCount(String lessonSlug) {
        return versions.lessonHistoryCount(COURSE, existing(lessonSlug));
    }

    /** What this text changes against the lesson as published in that version. */
    @Transactional(readOnly = true)
    public LessonDiff diff(String lessonSlug, int version, String text) {
        return new LessonDiff(version, LineDiff.rows(versionText(lessonSlug, version), text));
    }

    /**
     * Makes the lesson's text of an earlier version the draft (audited); publishing it is a separate step.
     * Returns the restored text.
     */
    @Transactional
    public String restore(String lessonSlug, int version) {
        String text = versionText(lessonSlug, version);
        saveDraft(lessonSlug, text);
        audit.record(LESSON_RESTORED, null, "Lesson " + lessonSlug + " of course " + COURSE
                + ": the text of course version " + version + " restored as the draft");
        return text;
    }

    private String versionText(String lessonSlug, int version) {
        return versions.lessonSource(COURSE, existing(lessonSlug), version)
                .orElseThrow(() -> new NoSuchElementException(lessonSlug + " in version " + version));
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
