package org.doorstep.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.doorstep.base.SignedInUser;
import org.doorstep.base.Roles;
import org.doorstep.course.internal.CourseAccess;
import org.doorstep.course.internal.CourseCatalog;
import org.doorstep.course.internal.LearningEvents;
import org.doorstep.course.internal.ProgressStore;
import org.doorstep.course.internal.PublishedCourse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course as the signed-in person plays it. Every method works on the caller's own progress
 * only; each answer, choice and reflection is saved in the call that makes it.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINEE', 'TRAINER', 'ADMIN')")
public class CourseService {

    /** The shipped course: everyone in no cohort takes it, and its routes and xAPI ids carry no course. */
    public static final String COURSE = "doorstep";
    static final String IRI = "urn:doorstep:course:";

    private final CourseCatalog catalog;
    private final CourseAccess access;
    private final ProgressStore progress;
    private final LearningEvents events;
    private final Clock clock;

    CourseService(CourseCatalog catalog, CourseAccess access, ProgressStore progress, LearningEvents events,
            Clock clock) {
        this.catalog = catalog;
        this.access = access;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    /** Every published course of the catalogue (retired ones marked), the shipped one first, to choose from or name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CourseChoice> courses() {
        List<CourseChoice> courses = new ArrayList<>();
        for (CourseAccess.CourseRow row : access.courses()) {
            catalog.latest(row.slug()).ifPresent(published ->
                    courses.add(new CourseChoice(row.slug(), published.course().title(), row.retired())));
        }
        return courses;
    }

    /**
     * The courses the signed-in person may take, with their progress: those of their cohorts (as a trainee or their
     * trainer), or the shipped course for someone in no cohort.
     */
    @Transactional(readOnly = true)
    public List<MyCourse> myCourses() {
        long user = SignedInUser.currentId();
        List<MyCourse> mine = new ArrayList<>();
        for (String slug : mySlugs(user)) {
            catalog.latest(slug).ifPresent(published -> {
                var rows = progress.lessons(user, slug);
                int completed = (int) published.lessons().stream().map(lesson -> rows.get(lesson.slug()))
                        .filter(row -> row != null && row.completedAt() != null).count();
                mine.add(new MyCourse(slug, published.course().title(), completed, published.lessons().size()));
            });
        }
        return mine;
    }

    /** The published lessons of a course in order, as a trainer picks one to run live or a report counts them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Lesson> lessons(String courseSlug) {
        return catalog.latest(courseSlug).map(PublishedCourse::lessons).orElse(List.of());
    }

    /** One published lesson of a course, for a live session's steps; empty when the course no longer has it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Lesson> lesson(String courseSlug, String slug) {
        return catalog.latest(courseSlug).flatMap(published -> published.lesson(slug));
    }

    /** The course's map for the signed-in person; a course they may not take is refused. */
    @Transactional(readOnly = true)
    public CourseMap map(String courseSlug) {
        Taken published = taken(courseSlug);
        long user = SignedInUser.currentId();
        var lessonRows = progress.lessons(user, courseSlug);
        var done = progress.doneSteps(user, courseSlug);
        List<CourseMap.Card> cards = new ArrayList<>();
        for (Lesson lesson : published.lessons()) {
            Set<String> doneHere = done.getOrDefault(lesson.slug(), Set.of());
            int stepsDone = (int) lesson.steps().stream().filter(step -> doneHere.contains(step.id())).count();
            var row = lessonRows.get(lesson.slug());
            LessonStatus status = row == null ? LessonStatus.NOT_STARTED
                    : row.completedAt() != null ? LessonStatus.COMPLETED : LessonStatus.IN_PROGRESS;
            cards.add(new CourseMap.Card(lesson.slug(), lesson.title(), lesson.summary(), lesson.minutes(), status,
                    stepsDone, lesson.steps().size()));
        }
        return new CourseMap(published.course().title(), published.course().summary(), cards, resume(cards, lessonRows));
    }

    /** The lesson last worked on if unfinished, else the first not yet completed, else none. */
    private static @Nullable String resume(List<CourseMap.Card> cards, Map<String, ProgressStore.LessonRow> rows) {
        return cards.stream().filter(card -> card.status() == LessonStatus.IN_PROGRESS)
                .max(Comparator.comparing((CourseMap.Card card) -> Objects.requireNonNull(rows.get(card.slug())).updatedAt()))
                .or(() -> cards.stream().filter(card -> card.status() != LessonStatus.COMPLETED).findFirst())
                .map(CourseMap.Card::slug).orElse(null);
    }

    /** Opens a lesson where the trainee left it (on any device); the first opening counts as attempted. */
    @Transactional
    public LessonPlay open(String courseSlug, String lessonSlug) {
        Taken published = taken(courseSlug);
        Lesson lesson = published.lesson(lessonSlug).orElseThrow(() -> new NoSuchElementException(lessonSlug));
        long user = SignedInUser.currentId();
        var row = progress.lessons(user, courseSlug).get(lessonSlug);
        String current = row == null || lesson.indexOf(String.valueOf(row.currentStep())) < 0
                ? lesson.steps().getFirst().id() : row.currentStep();
        if (row == null) {
            progress.saveCurrentStep(user, courseSlug, lessonSlug, current, clock.instant());
            event(user, "attempted", published, lesson, null, null, null, null, null);
        }
        return new LessonPlay(lesson, published.version(), current, progress.steps(user, courseSlug, lessonSlug),
                row != null && row.completedAt() != null);
    }

    @Transactional
    public void goTo(String courseSlug, String lessonSlug, String stepId) {
        Lesson lesson = lessonOrFail(taken(courseSlug), lessonSlug);
        step(lesson, stepId, Step.class);
        progress.saveCurrentStep(SignedInUser.currentId(), courseSlug, lessonSlug, stepId, clock.instant());
    }

    @Transactional
    public StepState viewed(String courseSlug, String lessonSlug, String stepId) {
        return change(courseSlug, lessonSlug, stepId, Step.class, (published, step, state) -> StepMoves.viewed(state));
    }

    @Transactional
    public StepState choose(String courseSlug, String lessonSlug, String stepId, int choice) {
        return change(courseSlug, lessonSlug, stepId, Step.Scenario.class, (published, scenario, state) -> {
            StepState next = StepMoves.choose(scenario, state, choice);
            ScenarioWalk walk = ScenarioWalk.restore(scenario, next.picks());
            String chosen = walk.lastChoice().map(Step.Choice::text).orElse("");
            Integer score = walk.ended() ? walk.score() : null;
            event(SignedInUser.currentId(), walk.ended() ? "completed" : "answered", published, lessonOrFail(published, lessonSlug), scenario, score,
                    null, walk.ended() ? true : null, chosen);
            return next;
        });
    }

    @Transactional
    public StepState restartScenario(String courseSlug, String lessonSlug, String stepId) {
        return change(courseSlug, lessonSlug, stepId, Step.Scenario.class, (published, scenario, state) -> StepMoves.restart(state));
    }

    @Transactional
    public StepState answer(String courseSlug, String lessonSlug, String stepId, String itemId, Set<Integer> selected) {
        return change(courseSlug, lessonSlug, stepId, Step.Quiz.class, (published, quiz, state) -> {
            event(SignedInUser.currentId(), "answered", published, lessonOrFail(published, lessonSlug), quiz, null, null, null, itemId + "=" + selected);
            return StepMoves.answer(quiz, state, itemId, selected);
        });
    }

    @Transactional
    public StepState check(String courseSlug, String lessonSlug, String stepId) {
        return change(courseSlug, lessonSlug, stepId, Step.Quiz.class, (published, quiz, state) -> {
            StepState next = StepMoves.check(quiz, state);
            boolean passed = Objects.requireNonNull(next.lastScore(), "a checked quiz has a score") >= quiz.passMark();
            event(SignedInUser.currentId(), passed ? "passed" : "failed", published, lessonOrFail(published, lessonSlug), quiz, next.lastScore(), passed,
                    null, null);
            return next;
        });
    }

    @Transactional
    public StepState retry(String courseSlug, String lessonSlug, String stepId) {
        return change(courseSlug, lessonSlug, stepId, Step.Quiz.class, (published, quiz, state) -> StepMoves.retry(state));
    }

    @Transactional
    public StepState reflect(String courseSlug, String lessonSlug, String stepId, String text) {
        return change(courseSlug, lessonSlug, stepId, Step.Reflection.class, (published, reflection, state) -> {
            StepState next = StepMoves.reflect(state, text);
            if (!state.done() && next.done()) {
                event(SignedInUser.currentId(), "answered", published, lessonOrFail(published, lessonSlug), reflection, null, null, true, null);
            }
            return next;
        });
    }

    private interface Move<S extends Step> {
        StepState apply(Taken course, S step, StepState state);
    }

    /** Loads the step's state, applies the move, saves it, and completes the lesson when all is done. */
    private <S extends Step> StepState change(String courseSlug, String lessonSlug, String stepId, Class<S> kind,
            Move<S> move) {
        Taken published = taken(courseSlug);
        Lesson lesson = lessonOrFail(published, lessonSlug);
        S step = step(lesson, stepId, kind);
        long user = SignedInUser.currentId();
        Map<String, StepState> states = new HashMap<>(progress.steps(user, courseSlug, lessonSlug));
        StepState next = move.apply(published, step, states.getOrDefault(stepId, StepState.NEW));
        progress.saveStep(user, courseSlug, lessonSlug, stepId, next, clock.instant());
        progress.saveCurrentStep(user, courseSlug, lessonSlug, stepId, clock.instant());
        states.put(stepId, next);
        boolean allDone = lesson.steps().stream().allMatch(s -> states.getOrDefault(s.id(), StepState.NEW).done());
        if (allDone && progress.markCompleted(user, courseSlug, lessonSlug, clock.instant())) {
            event(user, "completed", published, lesson, null, null, true, true, null);
        }
        return next;
    }

    /**
     * Records an xAPI event. Its object id names the course ("urn:doorstep:course:{course}:lesson:...", so the
     * shipped course's ids stay as stored); the name of another course's activity begins with the course's title.
     */
    private void event(long user, String verb, Taken course, Lesson lesson, @Nullable Step step,
            @Nullable Integer score, @Nullable Boolean success, @Nullable Boolean completion, @Nullable String response) {
        String slug = course.slug();
        String id = IRI + slug + ":lesson:" + lesson.slug() + (step == null ? "" : ":step:" + step.id());
        String name = (COURSE.equals(slug) ? "" : course.published().course().title() + ": ") + lesson.title()
                + (step == null ? "" : " / " + step.title());
        events.record(new LearningEvents.Event(user, verb, id, name, score, success, completion, response,
                clock.instant()));
    }

    /** The latest version of a course the signed-in person may take; any other is refused. */
    private Taken taken(String courseSlug) {
        long user = SignedInUser.currentId();
        boolean staff = SignedInUser.hasRole(Roles.TRAINER) || SignedInUser.hasRole(Roles.ADMIN);
        if (!staff && !mySlugs(user).contains(courseSlug)) {
            throw new AccessDeniedException("Course " + courseSlug + " is not taken by any of your cohorts");
        }
        return new Taken(courseSlug, catalog.latest(courseSlug).orElseThrow(() -> new NoSuchElementException(courseSlug)));
    }

    /** A course as the catalogue names it, with its latest published version. */
    private record Taken(String slug, PublishedCourse published) {

        List<Lesson> lessons() {
            return published.lessons();
        }

        Optional<Lesson> lesson(String lessonSlug) {
            return published.lesson(lessonSlug);
        }

        Course course() {
            return published.course();
        }

        int version() {
            return published.version();
        }
    }

    /** The published courses of the person's cohorts; the shipped course when there are none (no cohort yet). */
    private List<String> mySlugs(long user) {
        List<String> cohorts = access.cohortCourses(user).stream()
                .filter(slug -> catalog.latest(slug).isPresent()).toList();
        return cohorts.isEmpty() ? List.of(COURSE) : cohorts;
    }

    private static Lesson lessonOrFail(Taken course, String slug) {
        return course.lesson(slug).orElseThrow(() -> new NoSuchElementException(slug));
    }

    private static <S extends Step> S step(Lesson lesson, String stepId, Class<S> kind) {
        return lesson.step(stepId).filter(kind::isInstance).map(kind::cast)
                .orElseThrow(() -> new NoSuchElementException(lesson.slug() + "/" + stepId));
    }
}
