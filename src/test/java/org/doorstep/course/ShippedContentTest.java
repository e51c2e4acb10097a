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
    void the_default_course_has_its_eight_lessons_in_order_and_all_are_valid() throws Exception {
        assertThat(shippedLessons()).extracting(Lesson::slug).containsExactly(
                "collecting-is-not-connecting", "stranger-at-the-door", "four-criteria", "strangers-in-your-network",
                "managing-director", "guided-exercise", "measuring-results", "invitation-policy");
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
