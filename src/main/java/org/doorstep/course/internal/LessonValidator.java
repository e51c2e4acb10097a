package org.doorstep.course.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.Lesson;
import org.doorstep.course.ScenarioWalk;
import org.doorstep.course.Step;
import org.jspecify.annotations.Nullable;

/** The rules of docs/course-content-format.md; each broken rule becomes one problem. */
final class LessonValidator {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> LINK_TARGETS = Set.of("/exercise", "/results", Step.Link.BIGGEST_WEEK);
    static final Set<String> OUTCOMES = Set.of("good", "mixed", "bad");
    static final Set<String> VERDICTS = Set.of("good", "mixed", "risky");

    private final String file;
    private final List<ContentProblem> problems;

    LessonValidator(String file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void validate(Lesson lesson, @Nullable String expectedSlug) {
        if (lesson.slug() == null || !SLUG.matcher(lesson.slug()).matches()) {
            problem("slug", "needs lower-case words joined by dashes", "slug");
        } else if (expectedSlug != null && !lesson.slug().equals(expectedSlug)) {
            problem("slug", "is '" + lesson.slug() + "' but the file is named " + expectedSlug + ".yaml", "slug");
        }
        require(lesson.title(), "title", "title");
        if (lesson.steps().isEmpty()) {
            problem("steps", "the lesson has no step", "steps");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            String place = "steps[" + (i + 1) + "]" + (step.id() == null ? "" : " '" + step.id() + "'");
            String field = "steps[" + i + "]";
            if (step.id() == null || !SLUG.matcher(step.id()).matches()) {
                problem(place, "needs an id of lower-case words joined by dashes", field + ".id");
            } else if (!ids.add(step.id())) {
                problem(place, "repeats the id '" + step.id() + "'", field + ".id");
            }
            require(step.title(), place + " title", field + ".title");
            switch (step) {
                case Step.Reading reading -> require(reading.markdown(), place + " markdown", field + ".markdown");
                case Step.Scenario scenario -> scenario(scenario, place, field);
                case Step.Quiz quiz -> quiz(quiz, place, field);
                case Step.Reflection reflection -> {
                    require(reflection.prompt(), place + " prompt", field + ".prompt");
                    if (reflection.visibility() != null && !Set.of(Step.Reflection.PRIVATE, Step.Reflection.SHAREABLE)
                            .contains(reflection.visibility())) {
                        problem(place + " visibility", "must be private or shareable", field + ".visibility");
                    }
                }
                case Step.Link link -> {
                    require(link.label(), place + " label", field + ".label");
                    if (!LINK_TARGETS.contains(link.target())) {
                        problem(place + " target", "must be one of " + LINK_TARGETS, field + ".target");
                    }
                }
            }
        }
    }

    private void scenario(Step.Scenario scenario, String place, String field) {
        Map<String, Step.Node> nodes = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int n = 0; n < scenario.nodes().size(); n++) {
            Step.Node node = scenario.nodes().get(n);
            String at = place + " node '" + node.id() + "'";
            String nodeField = field + ".nodes[" + n + "]";
            if (node.id() == null || nodes.put(node.id(), node) != null) {
                problem(at, node.id() == null ? "has no id" : "repeats its id", nodeField + ".id");
            }
            if (node.id() != null) {
                index.putIfAbsent(node.id(), n);
            }
            require(node.text(), at + " text", nodeField + ".text");
            if (node.ending() && !node.choices().isEmpty()) {
                problem(at, "is an ending but has choices", nodeField + ".ending");
            }
            if (node.points() < 0) {
                problem(at, "has negative points", nodeField + ".points");
            }
            if (!node.ending() && (node.outcome() != null || node.points() != 0)) {
                problem(at, "is no ending, so it takes no outcome or points (put points on its choices)",
                        nodeField + ".ending");
            }
            if (node.ending() && scenario.bands().isEmpty() && !OUTCOMES.contains(String.valueOf(node.outcome()))) {
                problem(at + " outcome", "must be good, mixed or bad (or give the scenario score bands)",
                        nodeField + ".outcome");
            } else if (node.outcome() != null && !OUTCOMES.contains(node.outcome())) {
                problem(at + " outcome", "must be good, mixed or bad", nodeField + ".outcome");
            }
            if (!node.ending() && node.choices().size() < 2) {
                problem(at, "needs at least two choices (or ending: true)", nodeField + ".choices");
            }
            for (int c = 0; c < node.choices().size(); c++) {
                Step.Choice choice = node.choices().get(c);
                String choiceField = nodeField + ".choices[" + c + "]";
                require(choice.text(), at + " choice " + (c + 1) + " text", choiceField + ".text");
                if (choice.points() < 0) {
                    problem(at + " choice " + (c + 1), "has negative points", choiceField + ".points");
                }
                if (choice.verdict() != null && !VERDICTS.contains(choice.verdict())) {
                    problem(at + " choice " + (c + 1) + " verdict", "must be good, mixed or risky", choiceField + ".verdict");
                }
            }
        }
        if (!nodes.containsKey(scenario.start())) {
            problem(place + " start", "names no node of this scenario", field + ".start");
            return;
        }
        for (int n = 0; n < scenario.nodes().size(); n++) {
            Step.Node node = scenario.nodes().get(n);
            for (int c = 0; c < node.choices().size(); c++) {
                if (node.choices().get(c).next() == null) {
                    problem(place + " node '" + node.id() + "' choice " + (c + 1) + " next", "is missing",
                            field + ".nodes[" + n + "].choices[" + c + "].next");
                } else if (!nodes.containsKey(node.choices().get(c).next())) {
                    problem(place + " node '" + node.id() + "' choice " + (c + 1), "leads to '"
                            + node.choices().get(c).next() + "', which is no node of this scenario",
                            field + ".nodes[" + n + "].choices[" + c + "].next");
                }
            }
        }
        Set<String> reachable = reachableFrom(scenario.start(), nodes);
        nodes.keySet().stream().filter(id -> !reachable.contains(id)).sorted()
                .forEach(id -> problem(place + " node '" + id + "'", "cannot be reached from the start",
                        field + ".nodes[" + index.get(id) + "]"));
        Set<String> ending = nodesThatCanEnd(nodes);
        reachable.stream().filter(id -> !ending.contains(id)).sorted()
                .forEach(id -> problem(place + " node '" + id + "'", "no path from here reaches an ending",
                        field + ".nodes[" + index.get(id) + "]"));
        bands(scenario, place, field);
        if (problems.stream().noneMatch(p -> p.place().startsWith(place))) {
            ScenarioWalk.scoresAgainstOutcomes(scenario).forEach(p -> problem(place + " scores", p, field + ".maxPoints"));
        }
        ScenarioWalk.bestScore(scenario).ifPresent(best -> {
            if (best != scenario.maxPoints()) {
                problem(place + " maxPoints", "is " + scenario.maxPoints() + " but the best path scores " + best,
                        field + ".maxPoints");
            }
        });
    }

    /** Bands start at 0, each higher than the last, and never end worse as the score rises. */
    private void bands(Step.Scenario scenario, String place, String field) {
        Step.Judgement previous = null;
        Integer from = null;
        for (int b = 0; b < scenario.bands().size(); b++) {
            Step.Band band = scenario.bands().get(b);
            String at = place + " bands[" + (b + 1) + "]";
            String bandField = field + ".bands[" + b + "]";
            require(band.text(), at + " text", bandField + ".text");
            Step.Judgement outcome = OUTCOMES.contains(String.valueOf(band.outcome())) ? Step.Judgement.of(band.outcome()) : null;
            if (outcome == null) {
                problem(at + " outcome", "must be good, mixed or bad", bandField + ".outcome");
            }
            if (from == null ? band.from() != 0 : band.from() <= from) {
                problem(at + " from", from == null ? "the first band starts at 0" : "must be above the band before it",
                        bandField + ".from");
            }
            if (previous != null && outcome != null && outcome.compareTo(previous) < 0) {
                problem(at + " outcome", "is worse than the outcome of a lower band", bandField + ".outcome");
            }
            from = band.from();
            previous = outcome == null ? previous : outcome;
        }
    }

    private static Set<String> reachableFrom(String start, Map<String, Step.Node> nodes) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Step.Node node = nodes.get(queue.poll());
            if (node != null && seen.add(node.id())) {
                // a choice without a next (reported above) leads nowhere; ArrayDeque refuses null
                node.choices().stream().map(Step.Choice::next).filter(Objects::nonNull).forEach(queue::add);
            }
        }
        return seen;
    }

    /** Nodes from which some path reaches an ending: grown backwards from the endings. */
    private static Set<String> nodesThatCanEnd(Map<String, Step.Node> nodes) {
        Set<String> canEnd = new HashSet<>();
        nodes.values().stream().filter(Step.Node::ending).forEach(node -> canEnd.add(node.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Step.Node node : nodes.values()) {
                if (!canEnd.contains(node.id())
                        && node.choices().stream().anyMatch(choice -> canEnd.contains(choice.next()))) {
                    canEnd.add(node.id());
                    grew = true;
                }
            }
        }
        return canEnd;
    }

    private void quiz(Step.Quiz quiz, String place, String field) {
        if (quiz.passMark() < 1 || quiz.passMark() > 100) {
            problem(place + " passMark", "must be a percentage from 1 to 100", field + ".passMark");
        }
        if (quiz.items().isEmpty()) {
            problem(place, "has no items", field + ".items");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < quiz.items().size(); i++) {
            Step.QuizItem item = quiz.items().get(i);
            String at = place + " item '" + item.id() + "'";
            String itemField = field + ".items[" + i + "]";
            if (item.id() == null || !ids.add(item.id())) {
                problem(at, item.id() == null ? "has no id" : "repeats its id", itemField + ".id");
            }
            require(item.prompt(), at + " prompt", itemField + ".prompt");
            long right = item.options().stream().filter(Step.QuizOption::correct).count();
            if (item.options().size() < 2) {
                problem(at, "needs at least two options", itemField + ".options");
            }
            if (right == 0) {
                problem(at, "has no right answer", itemField + ".options");
            } else if (!item.multiple() && right > 1) {
                problem(at, "has " + right + " right answers; set multiple: true or keep one", itemField + ".multiple");
            }
        }
    }

    private void require(String value, String place, String field) {
        if (blank(value)) {
            problem(place, "is missing", field);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void problem(String place, String message, String field) {
        problems.add(new ContentProblem(file, place, message, field));
    }
}
