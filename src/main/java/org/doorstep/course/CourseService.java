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
import org.doorstep.course.internal.CourseCatalog;
import org.doorstep.course.internal.LearningEvents;
import org.doorstep.course.internal.ProgressStore;
import org.doorstep.course.internal.PublishedCourse;
import org.jspecify.annotations.Nullable;
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

    public static final String COURSE = "doorstep";
    static final String IRI = "urn:doorstep:course:" + COURSE + ":lesson:";

    private final CourseCatalog catalog;
    private final ProgressStore progress;
    private final LearningEvents events;
    private final Clock clock;

    CourseService(CourseCatalog catalog, ProgressStore progress, LearningEvents events, Clock clock) {
        this.catalog = catalog;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    /** The published lessons in course order, as a trainer picks one to run live. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Lesson> lessons() {
        return published().lessons();
    }

    /** One published lesson, for a live session's steps; empty when the course no longer has it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Lesson> lesson(String slug) {
        return published().lesson(slug);
    }

    @Transactional(readOnly = true)
    public CourseMap map() {
        PublishedCourse published = published();
        long user = SignedInUser.currentId();
        var lessonRows = progress.lessons(user, COURSE);
        var done = progress.doneSteps(user, COURSE);
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
    public LessonPlay open(String lessonSlug) {
        PublishedCourse published = published();
        Lesson lesson = published.lesson(lessonSlug).orElseThrow(() -> new NoSuchElementException(lessonSlug));
        long user = SignedInUser.currentId();
        var row = progress.lessons(user, COURSE).get(lessonSlug);
        String current = row == null || lesson.indexOf(String.valueOf(row.currentStep())) < 0
                ? lesson.steps().getFirst().id() : row.currentStep();
        if (row == null) {
            progress.saveCurrentStep(user, COURSE, lessonSlug, current, clock.instant());
            event(user, "attempted", lesson, null, null, null, null, null);
        }
        return new LessonPlay(lesson, published.version(), current, progress.steps(user, COURSE, lessonSlug),
                row != null && row.completedAt() != null);
    }

    @Transactional
    public void goTo(String lessonSlug, String stepId) {
        Lesson lesson = lessonOrFail(lessonSlug);
        step(lesson, stepId, Step.class);
        progress.saveCurrentStep(SignedInUser.currentId(), COURSE, lessonSlug, stepId, clock.instant());
    }

    @Transactional
    public StepState viewed(String lessonSlug, String stepId) {
        return change(lessonSlug, stepId, Step.class, (step, state) -> StepMoves.viewed(state));
    }

    @Transactional
    public StepState choose(String lessonSlug, String stepId, int choice) {
        return change(lessonSlug, stepId, Step.Scenario.class, (scenario, state) -> {
            StepState next = StepMoves.choose(scenario, state, choice);
            ScenarioWalk walk = ScenarioWalk.restore(scenario, next.picks());
            String chosen = walk.lastChoice().map(Step.Choice::text).orElse("");
            Integer score = walk.ended() ? walk.score() : null;
            event(SignedInUser.currentId(), walk.ended() ? "completed" : "answered", lessonOrFail(lessonSlug), scenario, score,
                    null, walk.ended() ? true : null, chosen);
            return next;
        });
    }

    @Transactional
    public StepState restartScenario(String lessonSlug, String stepId) {
        return change(lessonSlug, stepId, Step.Scenario.class, (scenario, state) -> StepMoves.restart(state));
    }

    @Transactional
    public StepState answer(String lessonSlug, String stepId, String itemId, Set<Integer> selected) {
        return change(lessonSlug, stepId, Step.Quiz.class, (quiz, state) -> {
            event(SignedInUser.currentId(), "answered", lessonOrFail(lessonSlug), quiz, null, null, null, itemId + "=" + selected);
            return StepMoves.answer(quiz, state, itemId, selected);
        });
    }

    @Transactional
    public StepState check(String lessonSlug, String stepId) {
        return change(lessonSlug, stepId, Step.Quiz.class, (quiz, state) -> {
            StepState next = StepMoves.check(quiz, state);
            boolean passed = Objects.requireNonNull(next.lastScore(), "a checked quiz has a score") >= quiz.passMark();
            event(SignedInUser.currentId(), passed ? "passed" : "failed", lessonOrFail(lessonSlug), quiz, next.lastScore(), passed,
                    null, null);
            return next;
        });
    }

    @Transactional
    public StepState retry(String lessonSlug, String stepId) {
        return change(lessonSlug, stepId, Step.Quiz.class, (quiz, state) -> StepMoves.retry(state));
    }

    @Transactional
    public StepState reflect(String lessonSlug, String stepId, String text) {
        return change(lessonSlug, stepId, Step.Reflection.class, (reflection, state) -> {
            StepState next = StepMoves.reflect(state, text);
            if (!state.done() && next.done()) {
                event(SignedInUser.currentId(), "answered", lessonOrFail(lessonSlug), reflection, null, null, true, null);
            }
            return next;
        });
    }

    private interface Move<S extends Step> {
        StepState apply(S step, StepState state);
    }

    /** Loads the step's state, applies the move, saves it, and completes the lesson when all is done. */
    private <S extends Step> StepState change(String lessonSlug, String stepId, Class<S> kind, Move<S> move) {
        Lesson lesson = lessonOrFail(lessonSlug);
        S step = step(lesson, stepId, kind);
        long user = SignedInUser.currentId();
        Map<String, StepState> states = new HashMap<>(progress.steps(user, COURSE, lessonSlug));
        StepState next = move.apply(step, states.getOrDefault(stepId, StepState.NEW));
        progress.saveStep(user, COURSE, lessonSlug, stepId, next, clock.instant());
        progress.saveCurrentStep(user, COURSE, lessonSlug, stepId, clock.instant());
        states.put(stepId, next);
        boolean allDone = lesson.steps().stream().allMatch(s -> states.getOrDefault(s.id(), StepState.NEW).done());
        if (allDone && progress.markCompleted(user, COURSE, lessonSlug, clock.instant())) {
            event(user, "completed", lesson, null, null, true, true, null);
        }
        return next;
    }

    private void event(long user, String verb, Lesson lesson, @Nullable Step step, @Nullable Integer score,
            @Nullable Boolean success, @Nullable Boolean completion, @Nullable String response) {
        String id = IRI + lesson.slug() + (step == null ? "" : ":step:" + step.id());
        String name = lesson.title() + (step == null ? "" : " / " + step.title());
        events.record(new LearningEvents.Event(user, verb, id, name, score, success, completion, response,
                clock.instant()));
    }

    private PublishedCourse published() {
        return catalog.latest(COURSE).orElseThrow(() -> new IllegalStateException("No course published"));
    }

    private Lesson lessonOrFail(String slug) {
        return published().lesson(slug).orElseThrow(() -> new NoSuchElementException(slug));
    }

    private static <S extends Step> S step(Lesson lesson, String stepId, Class<S> kind) {
        return lesson.step(stepId).filter(kind::isInstance).map(kind::cast)
                .orElseThrow(() -> new NoSuchElementException(lesson.slug() + "/" + stepId));
    }


}
