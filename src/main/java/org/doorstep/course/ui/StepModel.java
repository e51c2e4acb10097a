package org.doorstep.course.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.doorstep.course.Step;

/** One step as the form edits it; {@link #toStep()} gives the record back. */
abstract sealed class StepModel {

    enum Kind { READING, SCENARIO, QUIZ, REFLECTION, LINK }

    String id = "";
    String title = "";

    abstract Kind kind();

    abstract Step toStep();

    abstract StepModel copy();

    static StepModel of(Step step) {
        StepModel model = switch (step) {
            case Step.Reading reading -> new Reading(LessonModel.text(reading.markdown()));
            case Step.Scenario scenario -> Scenario.of(scenario);
            case Step.Quiz quiz -> Quiz.of(quiz);
            case Step.Reflection reflection -> new Reflection(LessonModel.text(reflection.prompt()),
                    LessonModel.text(reflection.visibility()));
            case Step.Link link -> new Link(LessonModel.text(link.markdown()), LessonModel.text(link.target()),
                    LessonModel.text(link.label()));
        };
        model.id = LessonModel.text(step.id());
        model.title = LessonModel.text(step.title());
        return model;
    }

    /** A new step: the fields to fill stay empty, so the checker names them. */
    static StepModel blank(Kind kind, String id, String title) {
        StepModel model = switch (kind) {
            case READING -> new Reading("");
            case SCENARIO -> Scenario.starter();
            case QUIZ -> Quiz.starter();
            case REFLECTION -> new Reflection("", Step.Reflection.PRIVATE);
            case LINK -> new Link("", "/exercise", "");
        };
        model.id = id;
        model.title = title;
        return model;
    }

    <M extends StepModel> M withIdAndTitle(M copy) {
        copy.id = id;
        copy.title = title;
        return copy;
    }

    static final class Reading extends StepModel {
        String markdown;

        Reading(String markdown) {
            this.markdown = markdown;
        }

        @Override
        Kind kind() {
            return Kind.READING;
        }

        @Override
        Step toStep() {
            return new Step.Reading(id, title, markdown);
        }

        @Override
        StepModel copy() {
            return withIdAndTitle(new Reading(markdown));
        }
    }

    static final class Scenario extends StepModel {
        String start = "";
        int maxPoints;
        final List<Node> nodes = new ArrayList<>();
        final List<Band> bands = new ArrayList<>();

        static Scenario of(Step.Scenario scenario) {
            Scenario model = new Scenario();
            model.start = LessonModel.text(scenario.start());
            model.maxPoints = scenario.maxPoints();
            scenario.nodes().forEach(node -> model.nodes.add(Node.of(node)));
            scenario.bands().forEach(band -> model.bands.add(new Band(band.from(), LessonModel.text(band.outcome()),
                    LessonModel.text(band.text()))));
            return model;
        }

        /** A start with two choices, one to a good and one to a bad ending: the smallest scenario that plays. */
        static Scenario starter() {
            Scenario model = new Scenario();
            model.start = "start";
            Node start = new Node("start");
            start.choices.add(new Choice("good-ending"));
            start.choices.add(new Choice("bad-ending"));
            Node good = new Node("good-ending");
            good.ending = true;
            good.outcome = "good";
            good.points = 1;
            Node bad = new Node("bad-ending");
            bad.ending = true;
            bad.outcome = "bad";
            model.nodes.addAll(List.of(start, good, bad));
            model.maxPoints = 1;
            return model;
        }

        List<String> nodeIds() {
            return nodes.stream().map(node -> node.id).toList();
        }

        String uniqueNodeId(String base) {
            return LessonModel.unique(base, nodes.stream().map(node -> node.id).collect(Collectors.toSet()));
        }

        /** A renamed node keeps its choices and the start pointing at it, unless the new id is another node's. */
        void renamed(Node node, String oldId) {
            if (oldId.isEmpty() || nodes.stream().anyMatch(other -> other != node && other.id.equals(node.id))
                    || nodes.stream().anyMatch(other -> other != node && other.id.equals(oldId))) {
                return;
            }
            if (start.equals(oldId)) {
                start = node.id;
            }
            nodes.forEach(each -> each.choices.stream().filter(choice -> choice.next.equals(oldId))
                    .forEach(choice -> choice.next = node.id));
        }

        @Override
        Kind kind() {
            return Kind.SCENARIO;
        }

        @Override
        Step toStep() {
            return new Step.Scenario(id, title, start, nodes.stream().map(Node::toNode).toList(), maxPoints,
                    bands.stream().map(band -> new Step.Band(band.from, band.outcome, band.text)).toList());
        }

        @Override
        StepModel copy() {
            return withIdAndTitle(of((Step.Scenario) toStep()));
        }
    }

    static final class Node {
        String id;
        String text = "";
        boolean ending;
        String outcome = "";
        int points;
        /** Kept while the node is an ending (unticking "ending" brings them back), written only when it is not. */
        final List<Choice> choices = new ArrayList<>();

        Node(String id) {
            this.id = id;
        }

        static Node of(Step.Node node) {
            Node model = new Node(LessonModel.text(node.id()));
            model.text = LessonModel.text(node.text());
            model.ending = node.ending();
            model.outcome = LessonModel.text(node.outcome());
            model.points = node.points();
            node.choices().forEach(choice -> model.choices.add(Choice.of(choice)));
            return model;
        }

        /** An ending carries an outcome and points, any other node its choices; the form shows only those. */
        Step.Node toNode() {
            return new Step.Node(id, text, ending, ending ? List.of() : choices.stream().map(Choice::toChoice).toList(),
                    ending ? outcome : "", ending ? points : 0);
        }
    }

    static final class Choice {
        String text = "";
        String next;
        int points;
        String feedback = "";
        String verdict = "";

        Choice(String next) {
            this.next = next;
        }

        static Choice of(Step.Choice choice) {
            Choice model = new Choice(LessonModel.text(choice.next()));
            model.text = LessonModel.text(choice.text());
            model.points = choice.points();
            model.feedback = LessonModel.text(choice.feedback());
            model.verdict = LessonModel.text(choice.verdict());
            return model;
        }

        Step.Choice toChoice() {
            return new Step.Choice(text, next, points, feedback, verdict);
        }
    }

    static final class Band {
        int from;
        String outcome;
        String text;

        Band(int from, String outcome, String text) {
            this.from = from;
            this.outcome = outcome;
            this.text = text;
        }
    }

    static final class Quiz extends StepModel {
        int passMark = 70;
        final List<Item> items = new ArrayList<>();

        static Quiz of(Step.Quiz quiz) {
            Quiz model = new Quiz();
            model.passMark = quiz.passMark();
            quiz.items().forEach(item -> model.items.add(Item.of(item)));
            return model;
        }

        static Quiz starter() {
            Quiz model = new Quiz();
            model.items.add(Item.starter("question-1"));
            return model;
        }

        String uniqueItemId() {
            return LessonModel.unique("question-" + (items.size() + 1),
                    items.stream().map(item -> item.id).collect(Collectors.toSet()));
        }

        @Override
        Kind kind() {
            return Kind.QUIZ;
        }

        @Override
        Step toStep() {
            return new Step.Quiz(id, title, passMark, items.stream().map(Item::toItem).toList());
        }

        @Override
        StepModel copy() {
            return withIdAndTitle(of((Step.Quiz) toStep()));
        }
    }

    static final class Item {
        String id;
        String prompt = "";
        boolean multiple;
        String feedback = "";
        final List<Option> options = new ArrayList<>();

        Item(String id) {
            this.id = id;
        }

        static Item of(Step.QuizItem item) {
            Item model = new Item(LessonModel.text(item.id()));
            model.prompt = LessonModel.text(item.prompt());
            model.multiple = item.multiple();
            model.feedback = LessonModel.text(item.feedback());
            item.options().forEach(option -> model.options.add(new Option(LessonModel.text(option.text()),
                    option.correct(), LessonModel.text(option.feedback()))));
            return model;
        }

        /** Two options, neither right yet: the checker asks for the right one. */
        static Item starter(String id) {
            Item item = new Item(id);
            item.options.add(new Option("", false, ""));
            item.options.add(new Option("", false, ""));
            return item;
        }

        Step.QuizItem toItem() {
            return new Step.QuizItem(id, prompt, multiple,
                    options.stream().map(option -> new Step.QuizOption(option.text, option.correct, option.feedback))
                            .toList(), feedback);
        }
    }

    static final class Option {
        String text;
        boolean correct;
        String feedback;

        Option(String text, boolean correct, String feedback) {
            this.text = text;
            this.correct = correct;
            this.feedback = feedback;
        }
    }

    static final class Reflection extends StepModel {
        String prompt;
        String visibility;

        Reflection(String prompt, String visibility) {
            this.prompt = prompt;
            this.visibility = visibility;
        }

        @Override
        Kind kind() {
            return Kind.REFLECTION;
        }

        @Override
        Step toStep() {
            return new Step.Reflection(id, title, prompt, visibility);
        }

        @Override
        StepModel copy() {
            return withIdAndTitle(new Reflection(prompt, visibility));
        }
    }

    static final class Link extends StepModel {
        String markdown;
        String target;
        String label;

        Link(String markdown, String target, String label) {
            this.markdown = markdown;
            this.target = target;
            this.label = label;
        }

        @Override
        Kind kind() {
            return Kind.LINK;
        }

        @Override
        Step toStep() {
            return new Step.Link(id, title, markdown, target, label);
        }

        @Override
        StepModel copy() {
            return withIdAndTitle(new Link(markdown, target, label));
        }
    }
}
