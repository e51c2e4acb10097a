package org.doorstep.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.doorstep.course.CourseService;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.doorstep.course.StepState;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.results.ResultsService;
import org.doorstep.results.Snapshot;
import org.doorstep.security.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo cohort's invented people something done, so the trainer's tracker and the manager's report show a
 * cohort rather than one row of "n/a": each takes part of the course, prunes part of the sample network and records
 * results, through the same services a trainee uses, signed in as that person, and most of them were at one live
 * session ({@link DemoWorkshop}). Varied by person and the same on
 * every fresh demo; done once (a person with an imported network is left alone).
 */
@Component
class DemoCohortActivity {

    private static final Logger log = LoggerFactory.getLogger(DemoCohortActivity.class);
    private static final double[] REVIEWED_SHARE = {1.0, 0.8, 0.35, 1.0, 0.6, 0.0};
    private static final double[] VIEWS_GROWTH = {3.2, 1.6, 0.9, 4.8, 2.1, 1.3, 2.7};

    private final DemoAccounts demo;
    private final CourseService course;
    private final ExerciseService exercise;
    private final ResultsService results;
    private final Clock clock;
    private final DemoWorkshop workshop;

    DemoCohortActivity(DemoAccounts demo, CourseService course, ExerciseService exercise, ResultsService results, Clock clock,
            DemoWorkshop workshop) {
        this.workshop = workshop;
        this.demo = demo;
        this.course = course;
        this.exercise = exercise;
        this.results = results;
        this.clock = clock;
    }

    /** Once the start's runners are done: the demo accounts exist and the course is published. */
    @EventListener(ApplicationReadyEvent.class)
    public void run() {
        List<String> people = demo.people();
        if (people.isEmpty()) {
            return;
        }
        boolean[] done = {false};
        demo.actAs(people.getFirst(), () -> done[0] = exercise.summary().total() > 0);
        if (done[0]) {
            return;
        }
        long started = System.nanoTime();
        for (int i = 0; i < people.size(); i++) {
            int person = i;
            demo.actAs(people.get(i), () -> act(person));
        }
        workshop.hold(people);
        log.info("Demo cohort: {} invented trainees with course progress, pruning, results and a finished workshop, in {} ms",
                people.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void act(int person) {
        Random random = new Random(person * 7919L);
        takeLessons(person % (course.lessons(CourseService.COURSE).size() + 1));
        double reviewed = REVIEWED_SHARE[person % REVIEWED_SHARE.length];
        prune(reviewed, person % 2 == 0, random);
        recordResults(person, reviewed);
    }

    /** The first lessons, each step done as a careful trainee would: every quiz right, every scenario to an end. */
    private void takeLessons(int lessons) {
        for (Lesson lesson : course.lessons(CourseService.COURSE).subList(0, lessons)) {
            course.open(CourseService.COURSE, lesson.slug());
            for (Step step : lesson.steps()) {
                switch (step) {
                    case Step.Reading reading -> course.viewed(CourseService.COURSE, lesson.slug(), reading.id());
                    case Step.Link link -> course.viewed(CourseService.COURSE, lesson.slug(), link.id());
                    case Step.Reflection reflection -> course.reflect(CourseService.COURSE, lesson.slug(), reflection.id(),
                            "I will ask people for context before I accept.");
                    case Step.Quiz quiz -> {
                        quiz.items().forEach(item -> course.answer(CourseService.COURSE, lesson.slug(), quiz.id(), item.id(), IntStream
                                .range(0, item.options().size()).filter(o -> item.options().get(o).correct()).boxed()
                                .collect(Collectors.toSet())));
                        course.check(CourseService.COURSE, lesson.slug(), quiz.id());
                    }
                    case Step.Scenario scenario -> {
                        StepState state = StepState.NEW;
                        for (int choices = 0; !state.done() && choices < 20; choices++) {
                            state = course.choose(CourseService.COURSE, lesson.slug(), scenario.id(), 0);
                        }
                    }
                }
            }
        }
    }

    /** The sample network, a share of it decided from the criteria ticked; some removals carried out on LinkedIn. */
    private void prune(double share, boolean removesOnLinkedIn, Random random) {
        exercise.importSample();
        List<ConnectionRow> network = exercise.page(ConnectionFilter.ALL, 0, 1000);
        for (ConnectionRow connection : network.subList(0, (int) Math.round(network.size() * share))) {
            Set<Criterion> met = Set.of(Criterion.values()).stream().filter(c -> random.nextInt(10) < 4)
                    .collect(Collectors.toSet());
            met.forEach(criterion -> exercise.setCriterion(connection.id(), criterion, true));
            Decision decision = met.size() == Criterion.values().length ? Decision.KEEP
                    : met.isEmpty() ? Decision.REMOVE : random.nextBoolean() ? Decision.WEAK_TIE : Decision.REACH_OUT;
            exercise.decide(connection.id(), decision);
            if (decision == Decision.REMOVE && removesOnLinkedIn) {
                exercise.setRemovedOnLinkedIn(connection.id(), true);
            }
        }
    }

    /** A baseline for most; follow-ups for those who finished pruning long enough ago; one overdue now and then. */
    private void recordResults(int person, double reviewed) {
        if (person % 6 == 5) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate baseline = today.minusDays(75 + person);
        int views = 18 + (person * 13) % 60;
        int connections = 480 + person * 37;
        results.save(new Snapshot(null, baseline, true, views, 30 + person, 400 + person * 11, 200 + person * 5, connections,
                10 + person % 8, 9 + person % 6, 7 + person % 9, 8 + person % 7));
        if (reviewed < 1.0) {
            return;
        }
        LocalDate finished = baseline.plusDays(4);
        results.setPruningFinishedOn(finished);
        double growth = VIEWS_GROWTH[person % VIEWS_GROWTH.length];
        results.save(new Snapshot(null, finished.plusDays(30), false, (int) Math.round(views * (1 + (growth - 1) / 2)),
                36 + person, 520 + person * 9, 214 + person * 5, (int) (connections * 0.6), 13 + person % 8, 12 + person % 6,
                10 + person % 9, 11 + person % 7));
        if (person % 3 != 0) {
            results.save(new Snapshot(null, finished.plusDays(60), false, (int) Math.round(views * growth), 41 + person,
                    610 + person * 8, 230 + person * 5, (int) (connections * 0.55), 15 + person % 8, 14 + person % 6,
                    12 + person % 9, 13 + person % 7));
        }
    }
}
