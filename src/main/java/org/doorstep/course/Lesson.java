package org.doorstep.course;

import java.util.List;
import java.util.Optional;

/** One lesson's content, parsed from its YAML. Immutable; shared by every trainee. */
public record Lesson(String slug, String title, String summary, int minutes, List<Step> steps) {

    public Lesson {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(step -> step.id().equals(id)).findFirst();
    }

    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
