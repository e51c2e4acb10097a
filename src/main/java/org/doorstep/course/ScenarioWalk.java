package org.doorstep.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a trainee stands in a scenario: the choices made so far, by index, from the start.
 * Everything else (current node, score, last feedback) is derived from them.
 */
public record ScenarioWalk(Step.Scenario scenario, List<Integer> picks) {

    public ScenarioWalk {
        picks = List.copyOf(picks);
    }

    public static ScenarioWalk start(Step.Scenario scenario) {
        return new ScenarioWalk(scenario, List.of());
    }

    /** The saved picks if they still fit the content (it may have been republished), else a fresh start. */
    public static ScenarioWalk restore(Step.Scenario scenario, List<Integer> picks) {
        Step.Node node = scenario.node(scenario.start());
        for (int pick : picks) {
            if (node == null || pick < 0 || pick >= node.choices().size()) {
                return start(scenario);
            }
            node = scenario.node(node.choices().get(pick).next());
        }
        return node == null ? start(scenario) : new ScenarioWalk(scenario, picks);
    }

    public Step.Node current() {
        Step.Node node = scenario.node(scenario.start());
        for (int pick : picks) {
            node = scenario.node(node.choices().get(pick).next());
        }
        return node;
    }

    public Optional<Step.Choice> lastChoice() {
        if (picks.isEmpty()) {
            return Optional.empty();
        }
        Step.Node node = scenario.node(scenario.start());
        for (int i = 0; i < picks.size() - 1; i++) {
            node = scenario.node(node.choices().get(picks.get(i)).next());
        }
        return Optional.of(node.choices().get(picks.getLast()));
    }

    public int score() {
        int score = 0;
        Step.Node node = scenario.node(scenario.start());
        for (int pick : picks) {
            Step.Choice choice = node.choices().get(pick);
            score += choice.points();
            node = scenario.node(choice.next());
        }
        return score;
    }

    public boolean ended() {
        return current().ending();
    }

    public ScenarioWalk choose(int index) {
        Step.Node node = current();
        if (node.ending() || index < 0 || index >= node.choices().size()) {
            throw new IllegalArgumentException("No choice " + index + " at node " + node.id());
        }
        List<Integer> next = new ArrayList<>(picks);
        next.add(index);
        return new ScenarioWalk(scenario, next);
    }

    /** The highest total of points on any path from the start to an ending; empty if none ends. */
    public static Optional<Integer> bestScore(Step.Scenario scenario) {
        Map<String, Step.Node> nodes = new HashMap<>();
        scenario.nodes().forEach(node -> nodes.put(node.id(), node));
        Integer best = best(scenario.start(), nodes, new HashMap<>(), new HashSet<>());
        return Optional.ofNullable(best);
    }

    private static Integer best(String id, Map<String, Step.Node> nodes, Map<String, Integer> memo, Set<String> onPath) {
        Step.Node node = nodes.get(id);
        if (node == null || onPath.contains(id)) {
            return null;
        }
        if (node.ending()) {
            return 0;
        }
        if (memo.containsKey(id)) {
            return memo.get(id);
        }
        onPath.add(id);
        Integer best = null;
        for (Step.Choice choice : node.choices()) {
            Integer rest = best(choice.next(), nodes, memo, onPath);
            if (rest != null && (best == null || rest + choice.points() > best)) {
                best = rest + choice.points();
            }
        }
        onPath.remove(id);
        memo.put(id, best);
        return best;
    }
}
