package org.doorstep.course.ui;

import org.doorstep.base.ui.MarkdownText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.doorstep.course.StepState;
import org.jspecify.annotations.Nullable;

/**
 * Plays a lesson one step at a time: the step list, the step itself, and previous/next. Used for
 * trainees (actions saved) and for authors' previews (actions in memory) alike.
 */
class LessonPlayer extends Div {

    private final Lesson lesson;
    private final PlayActions actions;
    private final @Nullable OwnNetwork ownNetwork;
    private final Consumer<List<String>> onFinish;
    private final Map<String, StepState> states;
    private final Span position = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final OrderedList stepList = new OrderedList();
    private final Div body = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int index;
    private @Nullable ReflectionStepView reflectionShown;

    /** {@code onFinish} gets the titles of the steps still open when the trainee finishes the lesson. */
    LessonPlayer(Lesson lesson, Map<String, StepState> states, String currentStep, PlayActions actions,
            Consumer<List<String>> onFinish) {
        this(lesson, states, currentStep, actions, onFinish, null);
    }

    /** {@code ownNetwork}: the trainee's own figures for a link step to them; null in a preview or for a trainer. */
    LessonPlayer(Lesson lesson, Map<String, StepState> states, String currentStep, PlayActions actions,
            Consumer<List<String>> onFinish, @Nullable OwnNetwork ownNetwork) {
        this.ownNetwork = ownNetwork;
        this.lesson = lesson;
        this.actions = actions;
        this.onFinish = onFinish;
        this.states = new HashMap<>(states);
        addClassName("lesson-player");

        H2 title = new H2(lesson.title());
        position.addClassName("step-position");
        progress.getElement().setAttribute("aria-label", getTranslation("course.player.progress"));
        Div header = new Div(title, position, progress);
        header.addClassName("lesson-header");

        Nav steps = new Nav(stepList);
        steps.addClassName("step-list");
        steps.getElement().setAttribute("aria-label", getTranslation("course.player.steps"));

        body.addClassName("step-body");
        previous.setText(getTranslation("course.player.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.addClickListener(click -> go(index - 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("next-step");
        next.setIconAfterText(true);
        next.addClickListener(click -> advance());
        Div footer = new Div(previous, next);
        footer.addClassName("step-footer");

        add(header, steps, body, footer);
        int start = lesson.indexOf(currentStep);
        show(Math.max(start, 0));
    }

    /** Moving to another step starts reading it from its top, wherever the last one was scrolled to. */
    private void go(int target) {
        show(target);
        position.scrollIntoView();
    }

    private void show(int target) {
        index = target;
        Step step = lesson.steps().get(index);
        actions.goTo(step.id());
        body.removeAll();
        reflectionShown = null;
        H3 heading = new H3(step.title());
        heading.addClassName("step-title");
        body.add(heading, stepView(step));
        previous.setEnabled(index > 0);
        boolean last = index == lesson.steps().size() - 1;
        next.setText(getTranslation(last ? "course.player.finish" : "course.player.next"));
        next.setIcon((last ? VaadinIcon.CHECK : VaadinIcon.ARROW_RIGHT).create());
        refreshProgress();
    }

    private Component stepView(Step step) {
        StepState state = states.getOrDefault(step.id(), StepState.NEW);
        return switch (step) {
            case Step.Reading reading -> new MarkdownText(reading.markdown());
            case Step.Scenario scenario -> new ScenarioStepView(scenario, state, actions, this::changed);
            case Step.Quiz quiz -> new QuizStepView(quiz, state, actions, this::changed);
            case Step.Reflection reflection -> reflectionShown = new ReflectionStepView(reflection, state, actions,
                    this::changed);
            case Step.Link link -> {
                changed(link.id(), actions.viewed(link.id()));
                yield Step.Link.BIGGEST_WEEK.equals(link.target()) ? new BiggestWeekLink(link, ownNetwork)
                        : new LinkStepView(link);
            }
        };
    }

    /** A reading counts as read when the trainee moves on from its end. */
    private void advance() {
        Step step = lesson.steps().get(index);
        if (step instanceof Step.Reading) {
            changed(step.id(), actions.viewed(step.id()));
        }
        if (index < lesson.steps().size() - 1) {
            go(index + 1);
        } else if (reflectionShown != null && !states.getOrDefault(step.id(), StepState.NEW).done()) {
            // Finishing on an empty reflection: stay, and say under the field what is missing.
            reflectionShown.requireAnswer();
        } else {
            onFinish.accept(lesson.steps().stream().filter(s -> !states.getOrDefault(s.id(), StepState.NEW).done())
                    .map(Step::title).toList());
        }
    }

    private void changed(String stepId, StepState state) {
        states.put(stepId, state);
        refreshProgress();
    }

    private void refreshProgress() {
        long done = lesson.steps().stream().filter(s -> states.getOrDefault(s.id(), StepState.NEW).done()).count();
        position.setText(getTranslation("course.player.position", index + 1, lesson.steps().size(), done));
        progress.setValue((double) done / lesson.steps().size());
        stepList.removeAll();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            boolean isDone = states.getOrDefault(step.id(), StepState.NEW).done();
            Button item = new Button(step.title());
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            item.addClassName("step-list-item");
            if (isDone) {
                item.setIcon(VaadinIcon.CHECK_CIRCLE.create());
                item.setAriaLabel(getTranslation("course.player.step-done", step.title()));
            }
            if (i == index) {
                item.getElement().setAttribute("aria-current", "step");
                item.addClassName("current");
            }
            int target = i;
            item.addClickListener(click -> go(target));
            stepList.add(new ListItem(item));
        }
        // Where the list is one scrolling row (a phone), the current step is shown, not the first.
        stepList.getElement().executeJs("""
                const current = this.querySelector('[aria-current]');
                if (current && this.scrollWidth > this.clientWidth) {
                    this.scrollLeft = current.parentElement.offsetLeft - this.offsetLeft;
                }""");
    }
}
