package org.doorstep.course;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** A step of a lesson; its kind decides how it is played and when it is done. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Step.Reading.class, name = "reading"),
        @JsonSubTypes.Type(value = Step.Scenario.class, name = "scenario"),
        @JsonSubTypes.Type(value = Step.Quiz.class, name = "quiz"),
        @JsonSubTypes.Type(value = Step.Reflection.class, name = "reflection"),
        @JsonSubTypes.Type(value = Step.Link.class, name = "link")})
public sealed interface Step {

    String id();

    String title();

    /** Done when viewed to the end. */
    record Reading(String id, String title, String markdown) implements Step {
    }

    /** Done when an ending is reached. */
    record Scenario(String id, String title, String start, List<Node> nodes, int maxPoints) implements Step {
        public Scenario {
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
        }

        public Node node(String nodeId) {
            return nodes.stream().filter(node -> node.id().equals(nodeId)).findFirst().orElse(null);
        }
    }

    record Node(String id, String text, boolean ending, List<Choice> choices) {
        public Node {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    record Choice(String text, String next, int points, String feedback) {
    }

    /** Done at its pass mark (percent of items right); retries allowed, best score kept. */
    record Quiz(String id, String title, int passMark, List<QuizItem> items) implements Step {
        public Quiz {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    record QuizItem(String id, String prompt, boolean multiple, List<QuizOption> options, String feedback) {
        public QuizItem {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    record QuizOption(String text, boolean correct) {
    }

    /** Done when the trainee has written something. */
    record Reflection(String id, String title, String prompt) implements Step {
    }

    /** Leads into another part of Doorstep; done when viewed. */
    record Link(String id, String title, String markdown, String target, String label) implements Step {
    }
}
