package org.doorstep.course.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.InvalidContentException;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.junit.jupiter.api.Test;

class ContentReaderTest {

    private static final String FILE = "lessons/door.yaml";

    private static List<String> problems(String yaml) {
        try {
            ContentReader.lesson(FILE, yaml);
            return List.of();
        } catch (InvalidContentException invalid) {
            return invalid.problems().stream().map(ContentProblem::toString).toList();
        }
    }

    private static String scenario(String nodes, int maxPoints) {
        return """
                slug: door
                title: Door
                steps:
                  - id: s
                    kind: scenario
                    title: Scene
                    start: a
                    maxPoints: %d
                    nodes:
                %s
                """.formatted(maxPoints, nodes.indent(6));
    }

    @Test
    void a_valid_lesson_is_read_into_its_steps() {
        Lesson lesson = ContentReader.lesson(FILE, scenario("""
                - id: a
                  text: Bell
                  choices:
                    - {text: Open, next: end, points: 2}
                    - {text: Ignore, next: end}
                - id: end
                  text: Done
                  ending: true
                  outcome: good
                """, 2));
        assertThat(lesson.steps()).singleElement().isInstanceOf(Step.Scenario.class);
        assertThat(((Step.Scenario) lesson.steps().getFirst()).nodes()).hasSize(2);
    }

    @Test
    void a_node_nobody_can_reach_and_a_node_with_no_way_out_are_named() {
        assertThat(problems(scenario("""
                - id: a
                  text: Bell
                  choices:
                    - {text: Open, next: loop}
                    - {text: Ignore, next: end}
                - id: loop
                  text: Round and round
                  choices:
                    - {text: Again, next: loop}
                    - {text: And again, next: loop}
                - id: island
                  text: Nobody comes here
                  ending: true
                  outcome: good
                - id: end
                  text: Done
                  ending: true
                  outcome: good
                """, 0))).containsExactlyInAnyOrder(
                FILE + " at steps[1] 's' node 'island': cannot be reached from the start",
                FILE + " at steps[1] 's' node 'loop': no path from here reaches an ending");
    }

    @Test
    void a_choice_into_a_missing_node_and_a_wrong_max_score_are_named() {
        assertThat(problems(scenario("""
                - id: a
                  text: Bell
                  choices:
                    - {text: Open, next: nowhere, points: 1}
                    - {text: Ignore, next: end, points: 3}
                - id: end
                  text: Done
                  ending: true
                  outcome: good
                """, 5))).contains(
                FILE + " at steps[1] 's' node 'a' choice 1: leads to 'nowhere', which is no node of this scenario",
                FILE + " at steps[1] 's' maxPoints: is 5 but the best path scores 3");
    }

    @Test
    void a_bad_ending_that_scores_as_much_as_a_good_one_is_refused() {
        assertThat(problems(scenario("""
                - id: a
                  text: Bell
                  choices:
                    - {text: Let him in, next: lost, points: 3}
                    - {text: Ask first, next: kept, verdict: good}
                - id: lost
                  text: Lost
                  ending: true
                  outcome: bad
                - id: kept
                  text: Kept
                  ending: true
                  outcome: good
                  points: 2
                """, 3))).containsExactly(FILE + " at steps[1] 's' scores: a bad ending ('lost') scores 3, not below a good one ('kept', 2)");
    }

    @Test
    void score_bands_decide_the_outcome_and_must_rise_from_zero() {
        String bands = """
                slug: door
                title: Door
                steps:
                  - id: s
                    kind: scenario
                    title: Scene
                    start: a
                    maxPoints: 2
                    bands:
                      - {from: 0, outcome: bad, text: Badly}
                      - {from: 2, outcome: %s, text: Well}
                    nodes:
                      - id: a
                        text: Bell
                        choices:
                          - {text: Ask, next: end, points: 2, verdict: good}
                          - {text: Let in, next: end, verdict: risky}
                      - id: end
                        text: Done
                        ending: true
                """;
        Step.Scenario scenario = (Step.Scenario) ContentReader.lesson(FILE, bands.formatted("good")).steps().getFirst();
        assertThat(org.doorstep.course.ScenarioWalk.start(scenario).choose(0).outcome()).contains(Step.Judgement.GOOD);
        assertThat(org.doorstep.course.ScenarioWalk.start(scenario).choose(1).outcome()).contains(Step.Judgement.BAD);
        assertThat(problems(bands.formatted("bad").replace("from: 0", "from: 1")))
                .contains(FILE + " at steps[1] 's' bands[1] from: the first band starts at 0");
        assertThat(problems(bands.formatted("so-so")))
                .contains(FILE + " at steps[1] 's' bands[2] outcome: must be good, mixed or bad");
    }

    @Test
    void an_ending_without_an_outcome_and_a_reflection_of_unknown_visibility_are_refused() {
        assertThat(problems("""
                slug: door
                title: Door
                steps:
                  - id: s
                    kind: scenario
                    title: Scene
                    start: a
                    maxPoints: 0
                    nodes:
                      - id: a
                        text: Bell
                        choices:
                          - {text: Open, next: end}
                          - {text: Ignore, next: end, verdict: fine}
                      - id: end
                        text: Done
                        ending: true
                  - {id: r, kind: reflection, title: Think, prompt: Why?, visibility: public}
                """)).containsExactlyInAnyOrder(
                FILE + " at steps[1] 's' node 'end' outcome: must be good, mixed or bad (or give the scenario score bands)",
                FILE + " at steps[1] 's' node 'a' choice 2 verdict: must be good, mixed or risky",
                FILE + " at steps[2] 'r' visibility: must be private or shareable");
    }

    @Test
    void a_quiz_item_without_a_right_answer_is_refused() {
        assertThat(problems("""
                slug: door
                title: Door
                steps:
                  - id: q
                    kind: quiz
                    title: Quiz
                    passMark: 70
                    items:
                      - id: one
                        prompt: Who?
                        options:
                          - {text: A}
                          - {text: B}
                """)).containsExactly(FILE + " at steps[1] 'q' item 'one': has no right answer");
    }

    @Test
    void a_misspelt_field_is_refused_with_its_line() {
        assertThatThrownBy(() -> ContentReader.lesson(FILE, """
                slug: door
                title: Door
                stepz: []
                """))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining(FILE + " at stepz (near line 4)")
                .hasMessageContaining("Unrecognized property \"stepz\"");
    }

    @Test
    void a_misspelt_field_deep_in_a_scenario_is_placed_by_its_path() {
        assertThat(problems(scenario("""
                - id: a
                  text: Bell
                  choices:
                    - {text: Open, nxt: end}
                    - {text: Ignore, next: end}
                - id: end
                  text: Done
                  ending: true
                  outcome: good
                """, 0))).singleElement().asString().startsWith(FILE + " at steps[1].nodes[1].choices[1].nxt");
    }

    @Test
    void a_lesson_whose_slug_differs_from_its_file_name_is_refused() {
        assertThat(problems("""
                slug: window
                title: Window
                steps:
                  - {id: r, kind: reading, title: Read, markdown: Text}
                """)).containsExactly(FILE + " at slug: is 'window' but the file is named door.yaml");
    }
}
