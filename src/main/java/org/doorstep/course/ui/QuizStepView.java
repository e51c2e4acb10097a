package org.doorstep.course.ui;

import org.doorstep.base.ui.MarkdownText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.doorstep.course.QuizAttempt;
import org.doorstep.course.Step;
import org.doorstep.course.StepState;

/** A quiz: each answer is saved as it is given; checking scores it against the pass mark. */
class QuizStepView extends Div {

    private final Step.Quiz quiz;
    private final PlayActions actions;
    private final BiConsumer<String, StepState> changed;
    private StepState state;

    QuizStepView(Step.Quiz quiz, StepState state, PlayActions actions, BiConsumer<String, StepState> changed) {
        this.quiz = quiz;
        this.actions = actions;
        this.changed = changed;
        this.state = state;
        addClassName("quiz");
        render();
    }

    Step.Quiz quiz() {
        return quiz;
    }

    private void render() {
        removeAll();
        QuizAttempt attempt = new QuizAttempt(quiz, state.answers());
        add(new Paragraph(getTranslation("course.quiz.intro", quiz.items().size(), quiz.passMark())));
        for (int n = 0; n < quiz.items().size(); n++) {
            add(item(n, quiz.items().get(n), attempt));
        }
        if (state.checked()) {
            boolean passed = state.lastScore() >= quiz.passMark();
            Paragraph result = new Paragraph(getTranslation(passed ? "course.quiz.passed" : "course.quiz.failed",
                    state.lastScore(), quiz.passMark(), state.bestScore()));
            result.addClassName(passed ? "quiz-passed" : "quiz-failed");
            result.getElement().setAttribute("role", "status");
            add(result, new Button(getTranslation("course.quiz.retry"), VaadinIcon.ROTATE_LEFT.create(),
                    click -> rerender(actions.retry(quiz.id()))));
            result.scrollIntoView();
            return;
        }
        Paragraph missing = new Paragraph();
        missing.addClassName("quiz-missing");
        missing.getElement().setAttribute("role", "alert");
        Button check = new Button(getTranslation("course.quiz.check"), click -> {
            if (new QuizAttempt(quiz, state.answers()).complete()) {
                rerender(actions.check(quiz.id()));
            } else {
                missing.setText(getTranslation("course.quiz.answer-all"));
            }
        });
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("quiz-check");
        add(missing, check);
    }

    private Div item(int number, Step.QuizItem item, QuizAttempt attempt) {
        List<Integer> options = IntStream.range(0, item.options().size()).boxed().toList();
        // The question is a paragraph (a label would cut a long one short); the group points at it.
        Paragraph prompt = new Paragraph((number + 1) + ". " + item.prompt());
        prompt.addClassName("quiz-prompt");
        prompt.setId("quiz-" + quiz.id() + "-" + item.id());
        HasValue<?, ?> field;
        if (item.multiple()) {
            CheckboxGroup<Integer> group = new CheckboxGroup<>();
            group.setAriaLabelledBy(prompt.getId().orElseThrow());
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItems(options);
            group.setItemLabelGenerator(i -> item.options().get(i).text());
            group.setValue(attempt.answer(item.id()));
            group.setHelperText(getTranslation("course.quiz.several"));
            group.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    saved(actions.answer(quiz.id(), item.id(), Set.copyOf(change.getValue())));
                }
            });
            field = group;
        } else {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
            group.setAriaLabelledBy(prompt.getId().orElseThrow());
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItems(options);
            group.setItemLabelGenerator(i -> item.options().get(i).text());
            attempt.answer(item.id()).stream().findFirst().ifPresent(group::setValue);
            group.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    saved(actions.answer(quiz.id(), item.id(), Set.of(change.getValue())));
                }
            });
            field = group;
        }
        field.setReadOnly(state.checked());
        Div box = new Div(prompt, (Component) field);
        box.addClassName("quiz-item");
        if (state.checked()) {
            boolean right = attempt.right(item);
            Div verdict = new Div(new Paragraph(getTranslation(right ? "course.quiz.right" : "course.quiz.wrong")));
            verdict.addClassName(right ? "quiz-right" : "quiz-wrong");
            if (item.feedback() != null) {
                verdict.add(new MarkdownText(item.feedback()));
            }
            box.add(verdict);
        }
        return box;
    }

    private void saved(StepState next) {
        state = next;
        changed.accept(quiz.id(), next);
    }

    private void rerender(StepState next) {
        saved(next);
        render();
    }
}
