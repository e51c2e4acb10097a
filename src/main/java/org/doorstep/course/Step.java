package org.doorstep.course;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /**
     * Done when an ending is reached. The score of a path is its choices' points plus its ending's points; with
     * score bands, the band the score falls in says how the scenario ended, else the ending's own outcome does.
     */
    record Scenario(String id, String title, String start, List<Node> nodes, int maxPoints, List<Band> bands)
            implements Step {
        public Scenario {
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
            bands = bands == null ? List.of() : List.copyOf(bands);
        }

        public @Nullable Node node(String nodeId) {
            return nodes.stream().filter(node -> node.id().equals(nodeId)).findFirst().orElse(null);
        }

        /** The band a score falls in: the one with the highest {@code from} not above it; null without bands. */
        public @Nullable Band band(int score) {
            Band found = null;
            for (Band band : bands) {
                if (band.from() <= score && (found == null || band.from() > found.from())) {
                    found = band;
                }
            }
            return found;
        }
    }

    /** How a scenario ended ({@code outcome}) or how good a choice was ({@code verdict}), worst first. */
    enum Judgement {
        BAD, MIXED, GOOD;

        /** good, mixed, bad (or risky, for a choice) as written in the content; null when absent or unknown. */
        public static @Nullable Judgement of(String value) {
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "good" -> GOOD;
                case "mixed" -> MIXED;
                case "bad", "risky" -> BAD;
                default -> null;
            };
        }
    }

    record Node(String id, String text, boolean ending, List<Choice> choices, String outcome, int points) {
        public Node {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    /** {@code verdict}: good, mixed or risky, shown with the feedback. */
    record Choice(String text, String next, int points, String feedback, String verdict) {
    }

    /** Scores from {@code from} up (to the next band) end the scenario with this outcome and text. */
    record Band(int from, String outcome, String text) {
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

    /** {@code feedback}: why this option is right or wrong, shown beside it after checking. */
    record QuizOption(String text, boolean correct, String feedback) {
    }

    /**
     * Done when the trainee has written something. Private (the default) stays with the trainee: it never becomes
     * a workshop step and leaves Doorstep only in the trainee's own data download. Shareable ones become a
     * workshop's "few words from everyone".
     */
    record Reflection(String id, String title, String prompt, String visibility) implements Step {

        public static final String PRIVATE = "private";
        public static final String SHAREABLE = "shareable";

        public boolean shareable() {
            return SHAREABLE.equals(visibility);
        }
    }

    /**
     * Leads into another part of Doorstep; done when viewed. The target {@value #BIGGEST_WEEK} leads to the trainee's
     * own week with the most new connections, named on the button (the label is for those without a network).
     */
    record Link(String id, String title, String markdown, String target, String label) implements Step {
        public static final String BIGGEST_WEEK = "/exercise/biggest-week";
    }
}
