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
                - id: end
                  text: Done
                  ending: true
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
                """, 5))).contains(
                FILE + " at steps[1] 's' node 'a' choice 1: leads to 'nowhere', which is no node of this scenario",
                FILE + " at steps[1] 's' maxPoints: is 5 but the best path scores 3");
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
