package org.doorstep.course;

import org.doorstep.TestData;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.doorstep.TestSignIn;
import org.doorstep.security.internal.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Progress and learning events as stored in PostgreSQL, and progress across a new course version. */
@SpringBootTest
@ActiveProfiles("test")
// Rolled back after each test: no other thread, instance, NOTIFY or push has to see what it wrote.
@Transactional
class CourseServiceIT {

    @Autowired
    CourseService course;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    UserAccountRepository users;
    @Autowired
    JdbcTemplate jdbc;

    private long userId;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private void signIn(String username) {
        org.doorstep.TestSignIn.as(context, username);
    }

    @BeforeEach
    void freshTrainee() {
        String username = TestData.in(context).demoTrainee("events", "Eve Events").username();
        signIn(username);
        userId = users.findByUsername(username).orElseThrow().getId();
    }

    @AfterEach
    void signOut() {
        org.doorstep.TestSignIn.out(context);
    }

    private List<String> verbs() {
        return jdbc.queryForList("select verb || ' ' || object_id from learning_event where user_id = ? order by id",
                String.class, userId);
    }

    private Step.Scenario firstScenario(Lesson lesson) {
        return lesson.steps().stream().filter(Step.Scenario.class::isInstance).map(Step.Scenario.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void opening_a_lesson_and_playing_a_scenario_to_its_end_records_attempted_answered_and_completed() {
        Lesson lesson = course.open(CourseService.COURSE, "stranger-at-the-door").lesson();
        Step.Scenario scenario = firstScenario(lesson);
        StepState state = StepState.NEW;
        while (!ScenarioWalk.restore(scenario, state.picks()).ended()) {
            state = course.choose(CourseService.COURSE, lesson.slug(), scenario.id(), 0);
        }
        assertThat(state.done()).isTrue();
        String step = "urn:doorstep:course:doorstep:lesson:stranger-at-the-door:step:" + scenario.id();
        assertThat(verbs()).startsWith("attempted urn:doorstep:course:doorstep:lesson:stranger-at-the-door",
                "answered " + step).endsWith("completed " + step);
        assertThat(jdbc.queryForObject("select result_score from learning_event where user_id = ? and verb = 'completed'",
                Integer.class, userId)).isEqualTo(ScenarioWalk.restore(scenario, state.picks()).score());
    }

    @Test
    void a_failed_then_passed_quiz_records_both_and_keeps_the_best_score() {
        Lesson lesson = course.open(CourseService.COURSE, "four-criteria").lesson();
        Step.Quiz quiz = lesson.steps().stream().filter(Step.Quiz.class::isInstance).map(Step.Quiz.class::cast)
                .findFirst().orElseThrow();
        quiz.items().forEach(item -> course.answer(CourseService.COURSE, lesson.slug(), quiz.id(), item.id(), Set.of()));
        StepState failed = course.check(CourseService.COURSE, lesson.slug(), quiz.id());
        assertThat(failed.lastScore()).isZero();
        course.retry(CourseService.COURSE, lesson.slug(), quiz.id());
        for (Step.QuizItem item : quiz.items()) {
            Set<Integer> right = new java.util.HashSet<>();
            for (int i = 0; i < item.options().size(); i++) {
                if (item.options().get(i).correct()) {
                    right.add(i);
                }
            }
            course.answer(CourseService.COURSE, lesson.slug(), quiz.id(), item.id(), right);
        }
        StepState passed = course.check(CourseService.COURSE, lesson.slug(), quiz.id());

        assertThat(passed.done()).isTrue();
        assertThat(passed.bestScore()).isEqualTo(100);
        assertThat(verbs()).filteredOn(line -> line.startsWith("failed") || line.startsWith("passed"))
                .extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly("failed", "passed");
        assertThat(jdbc.queryForObject("select best_score from step_progress where user_id = ? and step_id = ?",
                Integer.class, userId, quiz.id())).isEqualTo(100);
    }

    @Test
    void a_trainee_mid_scenario_keeps_their_place_when_a_content_editor_publishes_a_new_version() {
        Lesson lesson = course.open(CourseService.COURSE, "stranger-at-the-door").lesson();
        Step.Scenario scenario = firstScenario(lesson);
        course.choose(CourseService.COURSE, lesson.slug(), scenario.id(), 0);

        signIn("admin");
        String source = authoring.source(CourseService.COURSE, lesson.slug()).source();
        int version = authoring.publish(CourseService.COURSE, lesson.slug(), source.replace("title: The stranger at the door",
                "title: The stranger at the door (revised)"));
        authoring.publish(CourseService.COURSE, lesson.slug(), source);

        signIn(users.findById(userId).orElseThrow().getUsername());
        LessonPlay after = course.open(CourseService.COURSE, lesson.slug());
        assertThat(after.version()).isGreaterThan(version);
        assertThat(after.currentStep()).isEqualTo(scenario.id());
        assertThat(after.state(scenario.id()).picks()).containsExactly(0);
    }

    @Test
    void a_trainee_s_done_reflection_and_passed_quiz_still_count_in_a_new_course_version() {
        Lesson lesson = course.open(CourseService.COURSE, "four-criteria").lesson();
        course.reflect(CourseService.COURSE, lesson.slug(), "your-last-three", "Two met one criterion, one met none.");
        Step.Quiz quiz = lesson.step("criteria-quiz").map(Step.Quiz.class::cast).orElseThrow();
        for (Step.QuizItem item : quiz.items()) {
            Set<Integer> right = new java.util.HashSet<>();
            for (int i = 0; i < item.options().size(); i++) {
                if (item.options().get(i).correct()) {
                    right.add(i);
                }
            }
            course.answer(CourseService.COURSE, lesson.slug(), quiz.id(), item.id(), right);
        }
        course.check(CourseService.COURSE, lesson.slug(), quiz.id());

        signIn("admin");
        String source = authoring.source(CourseService.COURSE, lesson.slug()).source();
        int version = authoring.publish(CourseService.COURSE, lesson.slug(), source.replace("title: Which criteria does each contact meet?",
                "title: Which criteria does each contact meet? (revised)"));

        signIn(users.findById(userId).orElseThrow().getUsername());
        LessonPlay after = course.open(CourseService.COURSE, lesson.slug());
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.state("your-last-three").text()).isEqualTo("Two met one criterion, one met none.");
        assertThat(after.state("your-last-three").done()).isTrue();
        assertThat(after.state("criteria-quiz").bestScore()).isEqualTo(100);
        assertThat(course.map(CourseService.COURSE).lessons()).filteredOn(card -> card.slug().equals(lesson.slug()))
                .singleElement().satisfies(card -> assertThat(card.stepsDone()).isEqualTo(2));
        signIn("admin");
        authoring.publish(CourseService.COURSE, lesson.slug(), source);
    }

    @Test
    void a_lesson_s_history_lists_only_the_versions_that_changed_it_and_a_restore_makes_an_old_text_the_draft() {
        signIn("admin");
        String scenario = "stranger-at-the-door";
        String quiz = "four-criteria";
        String live = authoring.source(CourseService.COURSE, scenario).source();
        int before = authoring.historyCount(CourseService.COURSE, scenario);
        int edited = authoring.publish(CourseService.COURSE, scenario, live.replace("title: The stranger at the door",
                "title: The stranger at the door (history)"));
        String otherLive = authoring.source(CourseService.COURSE, quiz).source();
        authoring.publish(CourseService.COURSE, quiz, otherLive.replace("passMark: 70", "passMark: 71"));
        try {
            assertThat(authoring.historyCount(CourseService.COURSE, scenario)).isEqualTo(before + 1);
            assertThat(authoring.history(CourseService.COURSE, scenario, 0, 1)).singleElement()
                    .satisfies(newest -> assertThat(newest.version()).isEqualTo(edited));

            assertThat(authoring.restore(CourseService.COURSE, scenario, edited - 1)).isEqualTo(live);
            assertThat(authoring.source(CourseService.COURSE, scenario).draft()).isTrue();
            assertThat(authoring.source(CourseService.COURSE, scenario).source()).isEqualTo(live);
            assertThat(authoring.diff(CourseService.COURSE, scenario, edited, live).rows())
                    .anyMatch(row -> row.kind() == LessonDiff.Kind.CHANGED && row.oldText().contains("(history)"));
        } finally {
            authoring.publish(CourseService.COURSE, scenario, live);
            authoring.publish(CourseService.COURSE, quiz, otherLive);
        }
    }
}
