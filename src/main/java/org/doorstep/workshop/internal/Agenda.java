package org.doorstep.workshop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.doorstep.workshop.WorkshopStep;
import org.doorstep.workshop.WorkshopStep.Kind;

/**
 * A lesson turned into a room's steps. A scenario becomes a poll on its first decision (the room then talks
 * the consequences through), a quiz one poll per question, a shareable reflection a few words from everyone.
 * A private reflection is left out: what it asks is the trainee's alone, never the room's.
 */
public final class Agenda {

    private Agenda() {
    }

    public static List<WorkshopStep> of(Lesson lesson) {
        List<WorkshopStep> steps = new ArrayList<>();
        for (Step step : lesson.steps()) {
            switch (step) {
                case Step.Reading reading -> steps.add(new WorkshopStep(steps.size(), Kind.READING, reading.title(),
                        reading.markdown(), List.of(), false, List.of(), null));
                case Step.Link link -> steps.add(new WorkshopStep(steps.size(), Kind.READING, link.title(),
                        link.markdown(), List.of(), false, List.of(), null));
                case Step.Scenario scenario -> {
                    // A published scenario's start names one of its nodes (LessonValidator).
                    Step.Node start = Objects.requireNonNull(scenario.node(scenario.start()), "no start node");
                    steps.add(new WorkshopStep(steps.size(), Kind.POLL, scenario.title(), start.text(),
                            start.choices().stream().map(Step.Choice::text).toList(), false, List.of(), null));
                }
                case Step.Quiz quiz -> {
                    for (int i = 0; i < quiz.items().size(); i++) {
                        Step.QuizItem item = quiz.items().get(i);
                        List<Integer> correct = IntStream.range(0, item.options().size())
                                .filter(option -> item.options().get(option).correct()).boxed().toList();
                        steps.add(new WorkshopStep(steps.size(), Kind.POLL,
                                quiz.title() + " (" + (i + 1) + "/" + quiz.items().size() + ")", item.prompt(),
                                item.options().stream().map(Step.QuizOption::text).toList(), item.multiple(), correct,
                                item.feedback()));
                    }
                }
                case Step.Reflection reflection -> {
                    if (reflection.shareable()) {
                        steps.add(new WorkshopStep(steps.size(), Kind.WORDS, reflection.title(), reflection.prompt(),
                                List.of(), false, List.of(), null));
                    }
                }
            }
        }
        return List.copyOf(steps);
    }
}
