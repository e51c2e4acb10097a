package org.doorstep.course.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.doorstep.course.ScenarioGraph;
import org.doorstep.course.Step;

/** Layered layout of a scenario: breadth-first depth from the start node as the column, discovery order as the row. */
public final class ScenarioLayout {

    private ScenarioLayout() {
    }

    public static ScenarioGraph of(Step.Scenario scenario) {
        Map<String, Step.Node> byId = new LinkedHashMap<>();
        scenario.nodes().stream().filter(node -> node.id() != null).forEach(node -> byId.putIfAbsent(node.id(), node));
        Map<String, Integer> depth = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        if (scenario.start() != null && byId.containsKey(scenario.start())) {
            depth.put(scenario.start(), 0);
            queue.add(scenario.start());
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            // only ids of known nodes are queued, each with its depth
            Step.Node current = Objects.requireNonNull(byId.get(id));
            int here = Objects.requireNonNull(depth.get(id));
            for (Step.Choice choice : current.choices()) {
                if (choice.next() != null && byId.containsKey(choice.next()) && !depth.containsKey(choice.next())) {
                    depth.put(choice.next(), here + 1);
                    queue.add(choice.next());
                }
            }
        }
        int reachableColumns = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int[] filled = new int[reachableColumns + 1];
        List<ScenarioGraph.Node> nodes = new ArrayList<>();
        // Reachable nodes in the order the walk found them, then the unreachable ones in the order written.
        List<String> order = new ArrayList<>(depth.keySet());
        byId.keySet().stream().filter(id -> !depth.containsKey(id)).forEach(order::add);
        for (String id : order) {
            Step.Node node = Objects.requireNonNull(byId.get(id)); // order holds only ids of known nodes
            Integer reachedAt = depth.get(id);
            boolean reachable = reachedAt != null;
            int column = reachedAt != null ? reachedAt : reachableColumns;
            boolean knownOutcome = node.outcome() != null && LessonValidator.OUTCOMES.contains(node.outcome());
            nodes.add(new ScenarioGraph.Node(id, Objects.requireNonNullElse(node.text(), ""), column, filled[column]++,
                    id.equals(scenario.start()), node.ending(), node.ending() && knownOutcome ? node.outcome() : null, reachable,
                    node.choices().stream().map(choice -> Objects.requireNonNullElse(choice.text(), "")).toList()));
        }
        List<ScenarioGraph.Edge> edges = new ArrayList<>();
        for (Step.Node node : byId.values()) {
            for (Step.Choice choice : node.choices()) {
                String to = choice.next() != null && byId.containsKey(choice.next()) ? choice.next() : null;
                edges.add(new ScenarioGraph.Edge(node.id(), to, Objects.requireNonNullElse(choice.text(), "")));
            }
        }
        boolean anyUnreachable = depth.size() < byId.size();
        int rows = 0;
        for (int count : filled) {
            rows = Math.max(rows, count);
        }
        return new ScenarioGraph(scenario.id(), scenario.title(), nodes, edges,
                reachableColumns + (anyUnreachable ? 1 : 0), rows);
    }
}
