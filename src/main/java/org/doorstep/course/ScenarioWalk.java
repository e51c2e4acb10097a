package org.doorstep.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

    /** Every pick leads to a node: {@link #restore} let through only such walks. */
    public Step.Node current() {
        Step.Node node = Objects.requireNonNull(scenario.node(scenario.start()));
        for (int pick : picks) {
            node = Objects.requireNonNull(scenario.node(node.choices().get(pick).next()));
        }
        return node;
    }

    public Optional<Step.Choice> lastChoice() {
        if (picks.isEmpty()) {
            return Optional.empty();
        }
        Step.Node node = Objects.requireNonNull(scenario.node(scenario.start()));
        for (int i = 0; i < picks.size() - 1; i++) {
            node = Objects.requireNonNull(scenario.node(node.choices().get(picks.get(i)).next()));
        }
        return Optional.of(node.choices().get(picks.getLast()));
    }

    /** The choices made so far, in order. */
    public List<Step.Choice> choices() {
        List<Step.Choice> made = new ArrayList<>();
        Step.Node node = Objects.requireNonNull(scenario.node(scenario.start()));
        for (int pick : picks) {
            Step.Choice choice = node.choices().get(pick);
            made.add(choice);
            node = Objects.requireNonNull(scenario.node(choice.next()));
        }
        return made;
    }

    /** The choices' points, plus the ending's once reached. */
    public int score() {
        int score = choices().stream().mapToInt(Step.Choice::points).sum();
        Step.Node node = current();
        return node.ending() ? score + node.points() : score;
    }

    /** How the scenario ended: the score's band, or the ending's outcome; empty before an ending. */
    public Optional<Step.Judgement> outcome() {
        if (!ended()) {
            return Optional.empty();
        }
        Step.Band band = scenario.band(score());
        return Optional.ofNullable(Step.Judgement.of(band != null ? band.outcome() : current().outcome()));
    }

    /** The band the final score falls in, when the scenario has bands and has ended. */
    public Optional<Step.Band> band() {
        return ended() ? Optional.ofNullable(scenario.band(score())) : Optional.empty();
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

    /**
     * Every walk from the start to an ending, at most {@code limit} of them and none longer than 50 choices (a
     * scenario may loop); used to check that scores agree with outcomes.
     */
    public static List<ScenarioWalk> everyPath(Step.Scenario scenario, int limit) {
        List<ScenarioWalk> found = new ArrayList<>();
        if (scenario.node(scenario.start()) != null) {
            collect(start(scenario), found, limit);
        }
        return found;
    }

    private static void collect(ScenarioWalk walk, List<ScenarioWalk> found, int limit) {
        if (found.size() >= limit || walk.picks.size() > 50) {
            return;
        }
        Step.Node node = walk.current();
        if (node == null) {
            return;
        }
        if (node.ending()) {
            found.add(walk);
            return;
        }
        for (int i = 0; i < node.choices().size(); i++) {
            if (walk.scenario.node(node.choices().get(i).next()) != null) {
                collect(walk.choose(i), found, limit);
            }
        }
    }

    /**
     * Pairs of paths where the worse outcome scores at least as much as the better one (a bad ending must score
     * below every mixed one, a mixed one below every good one), described for an author; empty when they agree.
     */
    public static List<String> scoresAgainstOutcomes(Step.Scenario scenario) {
        Map<Step.Judgement, int[]> range = new java.util.EnumMap<>(Step.Judgement.class);
        Map<Step.Judgement, String> lowestAt = new HashMap<>();
        Map<Step.Judgement, String> highestAt = new HashMap<>();
        for (ScenarioWalk walk : everyPath(scenario, 20_000)) {
            Step.Judgement outcome = walk.outcome().orElse(null);
            if (outcome == null) {
                continue;
            }
            int score = walk.score();
            int[] minMax = range.computeIfAbsent(outcome, o -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            if (score < minMax[0]) {
                minMax[0] = score;
                lowestAt.put(outcome, walk.current().id());
            }
            if (score > minMax[1]) {
                minMax[1] = score;
                highestAt.put(outcome, walk.current().id());
            }
        }
        List<String> problems = new ArrayList<>();
        Step.Judgement[] order = Step.Judgement.values();
        for (int worse = 0; worse < order.length; worse++) {
            for (int better = worse + 1; better < order.length; better++) {
                int[] low = range.get(order[worse]);
                int[] high = range.get(order[better]);
                if (low != null && high != null && low[1] >= high[0]) {
                    problems.add("a " + order[worse].name().toLowerCase() + " ending ('" + highestAt.get(order[worse])
                            + "') scores " + low[1] + ", not below a " + order[better].name().toLowerCase()
                            + " one ('" + lowestAt.get(order[better]) + "', " + high[0] + ")");
                }
            }
        }
        return problems;
    }

    /** The highest total of points on any path from the start to an ending; empty if none ends. */
    public static Optional<Integer> bestScore(Step.Scenario scenario) {
        Map<String, Step.Node> nodes = new HashMap<>();
        scenario.nodes().forEach(node -> nodes.put(node.id(), node));
        Integer best = best(scenario.start(), nodes, new HashMap<>(), new HashSet<>());
        return Optional.ofNullable(best);
    }

    private static @Nullable Integer best(String id, Map<String, Step.Node> nodes, Map<String, Integer> memo, Set<String> onPath) {
        Step.Node node = nodes.get(id);
        if (node == null || onPath.contains(id)) {
            return null;
        }
        if (node.ending()) {
            return node.points();
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
