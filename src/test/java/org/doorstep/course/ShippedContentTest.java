package org.doorstep.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.course.internal.ContentReader;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every course file the project ships is valid, and every path of every scenario ends. */
class ShippedContentTest {

    private static List<Lesson> shippedLessons() throws Exception {
        List<Lesson> lessons = new ArrayList<>();
        var resolver = new PathMatchingResourcePatternResolver();
        Resource courseFile = resolver.getResource("classpath:courses/doorstep/course.yaml");
        Course course = ContentReader.course("course.yaml", courseFile.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        for (String slug : course.lessons()) {
            Resource file = resolver.getResource("classpath:courses/doorstep/lessons/" + slug + ".yaml");
            lessons.add(ContentReader.lesson("lessons/" + slug + ".yaml",
                    file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return lessons;
    }

    @Test
    void the_default_course_has_its_eight_lessons_in_order_with_the_baseline_before_the_pruning_and_all_are_valid() throws Exception {
        assertThat(shippedLessons()).extracting(Lesson::slug).containsExactly(
                "collecting-is-not-connecting", "stranger-at-the-door", "four-criteria", "strangers-in-your-network",
                "managing-director", "measuring-results", "guided-exercise", "invitation-policy");
    }

    @Test
    void every_path_through_every_scenario_reaches_an_ending_within_fifty_choices() throws Exception {
        int paths = 0;
        for (Lesson lesson : shippedLessons()) {
            for (Step step : lesson.steps()) {
                if (step instanceof Step.Scenario scenario) {
                    paths += walkAll(ScenarioWalk.start(scenario), 0);
                }
            }
        }
        assertThat(paths).isGreaterThan(4);
    }

    private static int walkAll(ScenarioWalk walk, int depth) {
        assertThat(depth).as("path through %s longer than 50 choices", walk.scenario().id()).isLessThan(50);
        if (walk.ended()) {
            assertThat(walk.score()).isLessThanOrEqualTo(walk.scenario().maxPoints());
            return 1;
        }
        int paths = 0;
        for (int i = 0; i < walk.current().choices().size(); i++) {
            paths += walkAll(walk.choose(i), depth + 1);
        }
        return paths;
    }

    /** Every path is walked: a bad ending scores below every mixed one, a mixed one below every good one. */
    @Test
    void on_every_path_of_every_scenario_the_score_agrees_with_how_it_ended() throws Exception {
        int scenarios = 0;
        for (Lesson lesson : shippedLessons()) {
            for (Step step : lesson.steps()) {
                if (step instanceof Step.Scenario scenario) {
                    scenarios++;
                    List<ScenarioWalk> paths = ScenarioWalk.everyPath(scenario, 100_000);
                    assertThat(paths).as(scenario.id()).allSatisfy(path -> assertThat(path.outcome()).isPresent());
                    for (ScenarioWalk worse : paths) {
                        for (ScenarioWalk better : paths) {
                            if (worse.outcome().orElseThrow().compareTo(better.outcome().orElseThrow()) < 0) {
                                assertThat(worse.score()).as("%s: %s ending %s (picks %s) against %s ending %s (picks %s)",
                                        scenario.id(), worse.outcome().get(), worse.current().id(), worse.picks(),
                                        better.outcome().get(), better.current().id(), better.picks())
                                        .isLessThan(better.score());
                            }
                        }
                    }
                    assertThat(ScenarioWalk.scoresAgainstOutcomes(scenario)).isEmpty();
                }
            }
        }
        assertThat(scenarios).isEqualTo(2);
    }

    @Test
    void the_stranger_at_the_door_ranks_hiding_refusing_and_showing_out_by_their_endings() throws Exception {
        Step.Scenario door = scenario("stranger-at-the-door", "doorbell");
        // bell: open (0) or hide (1); coffee: usher in (0), ask (1), refuse (2)
        int hid = walk(door, 1).score();
        int refused = walk(door, 0, 2).score();
        int askedThenLetIn = walk(door, 0, 1, 2, 1, 0).score(); // asked, let in, sat down, showed him out
        int askedLetInKettle = walk(door, 0, 1, 2, 0, 1).score(); // asked, let in, kettle, went back: bad ending
        int keptOut = walk(door, 0, 1, 0).score();
        assertThat(askedLetInKettle).isLessThan(hid).isLessThan(keptOut);
        assertThat(hid).isLessThanOrEqualTo(askedThenLetIn).isLessThan(refused).isLessThan(keptOut);
        assertThat(keptOut).isEqualTo(door.maxPoints());
    }

    @Test
    void the_inbox_ending_reflects_every_invitation_not_only_the_last() throws Exception {
        Step.Scenario inbox = scenario("stranger-at-the-door", "inbox");
        // Jordan accepted and kept (0, 1); Amara accepted with a reply (0); Sam called and accepted (0, 0); Lee ignored (2)
        ScenarioWalk keptJordan = walk(inbox, 0, 1, 0, 0, 0, 2);
        ScenarioWalk perfect = walk(inbox, 2, 0, 0, 0, 2);
        assertThat(perfect.outcome()).contains(Step.Judgement.GOOD);
        assertThat(keptJordan.outcome()).isNotEqualTo(perfect.outcome());
        assertThat(keptJordan.score()).isLessThan(perfect.score());
    }

    private static ScenarioWalk walk(Step.Scenario scenario, int... picks) {
        ScenarioWalk walk = ScenarioWalk.start(scenario);
        for (int pick : picks) {
            walk = walk.choose(pick);
        }
        assertThat(walk.ended()).as("picks end the scenario").isTrue();
        return walk;
    }

    private static Step.Scenario scenario(String lessonSlug, String stepId) throws Exception {
        return shippedLessons().stream().filter(lesson -> lesson.slug().equals(lessonSlug)).findFirst().orElseThrow()
                .step(stepId).map(Step.Scenario.class::cast).orElseThrow();
    }

    /** Reflections reach a workshop (trainer, projector, summary) only when shareable, so none may ask for names. */
    @Test
    void no_reflection_asks_for_names_and_every_one_says_whether_it_is_shareable() throws Exception {
        int reflections = 0;
        for (Lesson lesson : shippedLessons()) {
            for (Step step : lesson.steps()) {
                if (step instanceof Step.Reflection reflection) {
                    reflections++;
                    assertThat(reflection.visibility()).as(reflection.id()).isIn("private", "shareable");
                    assertThat(reflection.prompt().toLowerCase()).as(reflection.id())
                            .doesNotContainPattern("\\bname (two|three|the|them|each|some|a few)\\b")
                            .doesNotContain("who are they", "write their name", "list them");
                }
            }
        }
        assertThat(reflections).isEqualTo(5);
    }

    @Test
    void the_course_quotes_the_article_s_must_and_cites_the_studies_completely() throws Exception {
        StringBuilder text = new StringBuilder();
        for (Lesson lesson : shippedLessons()) {
            lesson.steps().stream().filter(Step.Reading.class::isInstance).map(Step.Reading.class::cast)
                    .forEach(reading -> text.append(reading.markdown()).append('\n'));
        }
        String all = text.toString().replaceAll("\\s*\\n\\s*>?\\s*", " ");
        assertThat(all).contains("Your new contacts must meet four important criteria")
                .contains("377(6612), 1304–1310", "doi:10.1126/science.abl4476")
                .contains("367(1599), 2192–2201", "doi:10.1098/rstb.2012.0121")
                .doesNotContain("should meet four", "real shared context", "You asked the right question");
    }

    /** Progress is kept by lesson and step id: every step of the release before issue 13 keeps its id. */
    @Test
    void every_step_and_quiz_question_of_the_previous_release_keeps_its_id_so_earlier_progress_survives() throws Exception {
        java.util.Map<String, List<String>> before = java.util.Map.of(
                "collecting-is-not-connecting", List.of("seventy-two", "collecting-vs-connecting", "last-month"),
                "stranger-at-the-door", List.of("picture-the-scene", "doorbell", "to-linkedin", "inbox", "takeaway"),
                "four-criteria", List.of("criteria", "using-the-criteria", "criteria-quiz", "your-last-three"),
                "strangers-in-your-network", List.of("how-do-you-know", "four-risks", "risks-quiz", "seen-it"),
                "managing-director", List.of("the-case", "weak-ties", "how-many", "evidence-quiz", "your-weak-ties"),
                "guided-exercise", List.of("get-your-connections", "review-and-decide", "open-exercise"),
                "measuring-results", List.of("what-to-record", "ssi", "baseline-and-follow-ups", "open-results"),
                "invitation-policy", List.of("three-answers", "invitation-quiz", "your-policy", "think-twice"));
        List<Lesson> lessons = shippedLessons();
        before.forEach((slug, ids) -> {
            Lesson lesson = lessons.stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();
            assertThat(lesson.steps()).extracting(Step::id).as(slug).containsAll(ids);
        });
        Step.Quiz criteria = lessons.get(2).step("criteria-quiz").map(Step.Quiz.class::cast).orElseThrow();
        assertThat(criteria.items()).extracting(Step.QuizItem::id).containsExactly("old-colleague", "conference-priya",
                "unknown-recruiter", "course-mate", "software-rep", "client", "university-flatmate", "growth-hacker",
                "former-manager", "neighbour", "webinar-host", "careers-fair-graduate");
    }

    @Test
    void the_stranger_scenario_has_at_least_three_decisions_on_its_longest_path() throws Exception {
        Lesson stranger = shippedLessons().get(1);
        Step.Scenario door = stranger.steps().stream().filter(Step.Scenario.class::isInstance)
                .map(Step.Scenario.class::cast).findFirst().orElseThrow();
        assertThat(longest(ScenarioWalk.start(door))).isGreaterThanOrEqualTo(3);
    }

    private static int longest(ScenarioWalk walk) {
        if (walk.ended()) {
            return 0;
        }
        int best = 0;
        for (int i = 0; i < walk.current().choices().size(); i++) {
            best = Math.max(best, 1 + longest(walk.choose(i)));
        }
        return best;
    }

    @Test
    void the_four_criteria_quiz_judges_at_least_ten_contacts() throws Exception {
        Lesson criteria = shippedLessons().get(2);
        int items = criteria.steps().stream().filter(Step.Quiz.class::isInstance).map(Step.Quiz.class::cast)
                .mapToInt(quiz -> quiz.items().size()).sum();
        assertThat(items).isGreaterThanOrEqualTo(10);
    }
}
