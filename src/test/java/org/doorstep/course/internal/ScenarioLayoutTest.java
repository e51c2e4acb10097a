package org.doorstep.course.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doorstep.course.ScenarioGraph;
import org.doorstep.course.Step;
import org.junit.jupiter.api.Test;

class ScenarioLayoutTest {

    private static Step.Node node(String id, String... next) {
        return new Step.Node(id, "Text of " + id, next.length == 0,
                List.of(next).stream().map(to -> new Step.Choice("Go to " + to, to, 0, null, null)).toList(),
                next.length == 0 ? "good" : null, 0);
    }

    @Test
    void nodes_sit_in_the_column_of_their_distance_from_the_start_and_unreachable_ones_in_a_last_column() {
        Step.Scenario scenario = new Step.Scenario("s", "S", "a", List.of(node("a", "b", "c"), node("b", "d"),
                node("c", "d", "a"), node("d"), node("island", "d")), 0, List.of());

        ScenarioGraph graph = ScenarioLayout.of(scenario);

        assertThat(graph.nodes()).extracting(ScenarioGraph.Node::id, ScenarioGraph.Node::column, ScenarioGraph.Node::row,
                ScenarioGraph.Node::reachable).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", 0, 0, true),
                org.assertj.core.groups.Tuple.tuple("b", 1, 0, true),
                org.assertj.core.groups.Tuple.tuple("c", 1, 1, true),
                org.assertj.core.groups.Tuple.tuple("d", 2, 0, true),
                org.assertj.core.groups.Tuple.tuple("island", 3, 0, false));
        assertThat(graph.columns()).isEqualTo(4);
        assertThat(graph.rows()).isEqualTo(2);
        assertThat(graph.unreachable()).isEqualTo(1);
        assertThat(graph.nodes().getFirst().start()).isTrue();
        assertThat(graph.nodes().get(3).outcome()).isEqualTo("good");
    }

    @Test
    void a_choice_leading_to_no_node_is_an_edge_without_a_target() {
        Step.Scenario scenario = new Step.Scenario("s", "S", "a", List.of(node("a", "missing")), 0, List.of());

        assertThat(ScenarioLayout.of(scenario).edges()).containsExactly(new ScenarioGraph.Edge("a", null, "Go to missing"));
    }
}
