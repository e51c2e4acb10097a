package org.doorstep.course.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.jspecify.annotations.Nullable;

/**
 * A lesson as the authoring form edits it: mutable, and turned back into a {@link Lesson} (then YAML) after each
 * change. Absent text is "" here; the YAML writer leaves blank text out, so the reader sees it as absent again.
 */
final class LessonModel {

    String slug = "";
    String title = "";
    String summary = "";
    int minutes;
    final List<StepModel> steps = new ArrayList<>();

    static LessonModel of(Lesson lesson) {
        LessonModel model = new LessonModel();
        model.slug = text(lesson.slug());
        model.title = text(lesson.title());
        model.summary = text(lesson.summary());
        model.minutes = lesson.minutes();
        lesson.steps().forEach(step -> model.steps.add(StepModel.of(step)));
        return model;
    }

    Lesson toLesson() {
        return new Lesson(slug, title, summary, minutes, steps.stream().map(StepModel::toStep).toList());
    }

    /** A new step of that kind at the end, with an id no other step of the lesson has. */
    StepModel add(StepModel.Kind kind, String title) {
        StepModel step = StepModel.blank(kind, uniqueId(kind.name().toLowerCase()), title);
        steps.add(step);
        return step;
    }

    /** A copy of the step right after it, with a new id. */
    StepModel duplicate(int index) {
        StepModel copy = steps.get(index).copy();
        copy.id = uniqueId(copy.id.isBlank() ? copy.kind().name().toLowerCase() : copy.id + "-copy");
        steps.add(index + 1, copy);
        return copy;
    }

    void move(int from, int to) {
        if (from == to || from < 0 || to < 0 || from >= steps.size() || to >= steps.size()) {
            return;
        }
        steps.add(to, steps.remove(from));
    }

    String uniqueId(String base) {
        return unique(base, steps.stream().map(step -> step.id).collect(Collectors.toSet()));
    }

    /** base, or base-2, base-3 ... whichever is not taken yet. */
    static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
