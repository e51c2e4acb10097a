package org.doorstep.course;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's saved state of one step. Which fields matter depends on the step's kind:
 * picks for a scenario; answers, checked and lastScore for a quiz; text for a reflection.
 */
public record StepState(boolean done, @Nullable Integer bestScore, List<Integer> picks,
        Map<String, Set<Integer>> answers, boolean checked, @Nullable Integer lastScore, String text) {

    public static final StepState NEW = new StepState(false, null, List.of(), Map.of(), false, null, "");

    public StepState {
        picks = picks == null ? List.of() : List.copyOf(picks);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        text = text == null ? "" : text;
    }
}
