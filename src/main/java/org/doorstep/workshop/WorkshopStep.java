package org.doorstep.workshop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of a live session as the room sees it, made from a lesson step: a reading, a poll (a scenario's
 * first decision or one quiz question) or a reflection the room answers in a few words.
 *
 * @param multiple whether a poll takes several options (a quiz question with more than one right answer)
 * @param correct for quiz polls, the right options (shown once the trainer reveals the answers); else empty
 * @param feedback for quiz polls, the explanation shown with the right options; null when there is none
 */
public record WorkshopStep(int index, Kind kind, String title, String text, List<String> options, boolean multiple,
        List<Integer> correct, @Nullable String feedback) {

    public enum Kind { READING, POLL, WORDS }

    public WorkshopStep {
        options = options == null ? List.of() : List.copyOf(options);
        correct = correct == null ? List.of() : List.copyOf(correct);
    }

    public boolean answerable() {
        return kind != Kind.READING;
    }
}
