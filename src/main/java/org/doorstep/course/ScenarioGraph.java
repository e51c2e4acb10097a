package org.doorstep.course;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A branching scenario laid out for drawing: each node in the column of its distance (in choices) from the
 * start, nodes no path reaches in a last column of their own. Built from the text as written, so a draft's
 * faults (an unreachable node, a choice leading nowhere) show on the map.
 */
public record ScenarioGraph(String stepId, String title, List<Node> nodes, List<Edge> edges, int columns, int rows) {

    /** {@code outcome}: good, mixed or bad for an ending that names one; null otherwise. */
    public record Node(String id, String text, int column, int row, boolean start, boolean ending, @Nullable String outcome,
            boolean reachable, List<String> choices) {
    }

    /** A choice from one node to the next; {@code to} is null when the named node does not exist. */
    public record Edge(String from, @Nullable String to, String choice) {
    }

    public long unreachable() {
        return nodes.stream().filter(node -> !node.reachable()).count();
    }
}
