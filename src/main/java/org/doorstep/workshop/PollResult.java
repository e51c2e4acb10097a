package org.doorstep.workshop;

import java.util.List;
import java.util.Map;

/**
 * The room's answers to one step, without names: how many chose each option of a poll, the texts of a
 * reflection. For the trainer, hidden texts come too, flagged, so they can be shown again.
 */
public record PollResult(int step, Map<Integer, Integer> counts, int answered, List<Written> texts) {

    public record Written(long id, String text, boolean hidden) {
    }

    public PollResult {
        counts = Map.copyOf(counts);
        texts = List.copyOf(texts);
    }

    public static PollResult none(int step) {
        return new PollResult(step, Map.of(), 0, List.of());
    }

    public int count(int option) {
        return counts.getOrDefault(option, 0);
    }

    public List<Written> visibleTexts() {
        return texts.stream().filter(written -> !written.hidden()).toList();
    }
}
