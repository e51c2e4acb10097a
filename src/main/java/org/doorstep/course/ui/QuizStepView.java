package org.doorstep.course.ui;

import org.doorstep.base.ui.MarkdownText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.doorstep.course.QuizAttempt;
import org.doorstep.course.Step;
import org.doorstep.course.StepState;
import org.jspecify.annotations.Nullable;

/**
 * A quiz, one question at a time: each answer is saved as it is given; a numbered overview leads to any
 * question and back. Checking scores it against the pass mark; the result (score and the questions to revisit)
 * comes first, then each question again with every option marked right or wrong and its feedback.
 */
class QuizStepView extends Div {

    private final Step.Quiz quiz;
    private final PlayActions actions;
    private final BiConsumer<String, StepState> changed;
    private StepState state;
    private int current;
    private String missingText = "";
    private Nav overview;
    private @Nullable Paragraph missing;

    QuizStepView(Step.Quiz quiz, StepState state, PlayActions actions, BiConsumer<String, StepState> changed) {
        this.quiz = quiz;
        this.actions = actions;
        this.changed = changed;
        this.state = state;
        addClassName("quiz");
        current = state.checked() ? firstWrongOrFirst() : firstOpenOrFirst();
        render();
    }

    Step.Quiz quiz() {
        return quiz;
    }

    private QuizAttempt attempt() {
        return new QuizAttempt(quiz, state.answers());
    }

    private List<Integer> open() {
        QuizAttempt attempt = attempt();
        return IntStream.range(0, quiz.items().size()).filter(n -> attempt.answer(quiz.items().get(n).id()).isEmpty())
                .boxed().toList();
    }

    private List<Integer> wrong() {
        QuizAttempt attempt = attempt();
        return IntStream.range(0, quiz.items().size()).filter(n -> !attempt.right(quiz.items().get(n))).boxed().toList();
    }

    private int firstOpenOrFirst() {
        return open().stream().findFirst().orElse(0);
    }

    private int firstWrongOrFirst() {
        return wrong().stream().findFirst().orElse(0);
    }

    private void render() {
        removeAll();
        if (state.checked()) {
            add(result());
        } else {
            add(new Paragraph(getTranslation("course.quiz.intro", quiz.items().size(), quiz.passMark())));
        }
        overview = overview();
        add(overview);
        Step.QuizItem item = quiz.items().get(current);
        Paragraph position = new Paragraph(getTranslation("course.quiz.position", current + 1, quiz.items().size()));
        position.addClassName("quiz-position");
        // The question is a paragraph (a label would cut a long one short); the options point at it.
        Paragraph prompt = new Paragraph((current + 1) + ". " + item.prompt());
        prompt.addClassName("quiz-prompt");
        prompt.setId("quiz-" + quiz.id() + "-" + item.id());
        Div box = new Div(position, prompt);
        box.addClassName("quiz-item");
        if (state.checked()) {
            box.add(review(item));
        } else {
            box.add(options(item, prompt.getId().orElseThrow()));
        }
        add(box, navigation());
    }

    /** Numbered buttons, one a question: answered or open before checking, right or wrong after. */
    private Nav overview() {
        Nav nav = new Nav();
        nav.addClassName("quiz-overview");
        nav.getElement().setAttribute("aria-label", getTranslation("course.quiz.overview"));
        QuizAttempt attempt = attempt();
        for (int n = 0; n < quiz.items().size(); n++) {
            Step.QuizItem item = quiz.items().get(n);
            String status;
            if (state.checked()) {
                status = getTranslation(attempt.right(item) ? "course.quiz.status.right" : "course.quiz.status.wrong");
            } else {
                status = getTranslation(attempt.answer(item.id()).isEmpty() ? "course.quiz.status.open"
                        : "course.quiz.status.answered");
            }
            int target = n;
            Button jump = new Button(String.valueOf(n + 1), click -> show(target));
            jump.addThemeVariants(ButtonVariant.LUMO_SMALL, n == current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            jump.addClassName("quiz-jump");
            if (state.checked() || !attempt.answer(item.id()).isEmpty()) {
                jump.setIcon(state.checked() && !attempt.right(item) ? VaadinIcon.CLOSE_SMALL.create()
                        : VaadinIcon.CHECK.create());
            }
            jump.setAriaLabel(getTranslation("course.quiz.jump", n + 1, status));
            jump.setTooltipText(status);
            if (n == current) {
                jump.getElement().setAttribute("aria-current", "step");
            }
            nav.add(jump);
        }
        return nav;
    }

    private com.vaadin.flow.component.Component options(Step.QuizItem item, String promptId) {
        List<Integer> options = IntStream.range(0, item.options().size()).boxed().toList();
        Set<Integer> answer = attempt().answer(item.id());
        if (item.multiple()) {
            CheckboxGroup<Integer> group = new CheckboxGroup<>();
            group.setAriaLabelledBy(promptId);
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.addClassName("quiz-options");
            group.setItems(options);
            group.setItemLabelGenerator(i -> item.options().get(i).text());
            group.setValue(answer);
            group.setHelperText(getTranslation("course.quiz.several"));
            group.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    saved(actions.answer(quiz.id(), item.id(), Set.copyOf(change.getValue())));
                }
            });
            return group;
        }
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.setAriaLabelledBy(promptId);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("quiz-options");
        group.setItems(options);
        group.setItemLabelGenerator(i -> item.options().get(i).text());
        answer.stream().findFirst().ifPresent(group::setValue);
        group.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                saved(actions.answer(quiz.id(), item.id(), Set.of(change.getValue())));
            }
        });
        return group;
    }

    /** After checking: every option marked ✓ (a right answer) or ✗ (a wrong one), the trainee's own choices named. */
    private Div review(Step.QuizItem item) {
        Set<Integer> chosen = attempt().answer(item.id());
        Div rows = new Div();
        rows.addClassName("quiz-review");
        for (int i = 0; i < item.options().size(); i++) {
            Step.QuizOption option = item.options().get(i);
            boolean picked = chosen.contains(i);
            Span mark = new Span(option.correct() ? "✓" : "✗");
            mark.addClassName("quiz-mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            Span text = new Span(option.text());
            text.addClassName("quiz-option-text");
            String saying = getTranslation(option.correct()
                    ? picked ? "course.quiz.option.right-chosen" : "course.quiz.option.right-missed"
                    : picked ? "course.quiz.option.wrong-chosen" : "course.quiz.option.wrong");
            Span note = new Span(saying);
            note.addClassName("quiz-option-note");
            Div row = new Div(mark, text, note);
            row.addClassNames("quiz-option-row", option.correct() ? "quiz-option-right" : "quiz-option-wrong");
            if (picked) {
                row.addClassName("quiz-option-chosen");
            }
            if (option.feedback() != null && (picked || option.correct())) {
                MarkdownText why = new MarkdownText(option.feedback());
                why.addClassName("quiz-option-feedback");
                row.add(why);
            }
            rows.add(row);
        }
        boolean right = attempt().right(item);
        Icon icon = (right ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.INFO_CIRCLE).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Paragraph verdictLine = new Paragraph(icon, new Span(getTranslation(right ? "course.quiz.right" : "course.quiz.wrong")));
        Div verdict = new Div(verdictLine);
        verdict.addClassName(right ? "quiz-right" : "quiz-wrong");
        if (item.feedback() != null) {
            verdict.add(new MarkdownText(item.feedback()));
        }
        return new Div(rows, verdict);
    }

    /** The score first, then which questions to look at again, then a new attempt. */
    private Div result() {
        // The answers as marked below, against today's keys: a newer course version may have changed a key since
        // the stored score was taken, and the score must never disagree with the ticks beneath it.
        int now = attempt().score();
        boolean passed = now >= quiz.passMark();
        Paragraph score = new Paragraph(getTranslation(passed ? "course.quiz.passed" : "course.quiz.failed",
                now, quiz.passMark(), Math.max(now, state.bestScore() == null ? 0 : state.bestScore())));
        score.addClassName(passed ? "quiz-passed" : "quiz-failed");
        score.getElement().setAttribute("role", "status");
        Div result = new Div(score);
        result.addClassName("quiz-result");
        List<Integer> wrong = wrong();
        if (wrong.isEmpty()) {
            result.add(new Paragraph(getTranslation("course.quiz.all-right")));
        } else {
            Div revisit = new Div(new Span(getTranslation("course.quiz.revisit") + " "));
            revisit.addClassName("quiz-revisit");
            for (int n : wrong) {
                Button go = new Button(String.valueOf(n + 1), click -> show(n));
                go.addThemeVariants(ButtonVariant.LUMO_SMALL);
                go.addClassName("quiz-revisit-item");
                go.setAriaLabel(getTranslation("course.quiz.jump", n + 1, getTranslation("course.quiz.status.wrong")));
                revisit.add(go);
            }
            result.add(revisit);
        }
        result.add(new Button(getTranslation("course.quiz.retry"), VaadinIcon.ROTATE_LEFT.create(), click -> {
            current = 0;
            rerender(actions.retry(quiz.id()));
        }));
        return result;
    }

    private Div navigation() {
        Button previous = new Button(getTranslation("course.quiz.previous"), VaadinIcon.ANGLE_LEFT.create(),
                click -> show(current - 1));
        previous.addClassName("quiz-previous");
        previous.setEnabled(current > 0);
        boolean last = current == quiz.items().size() - 1;
        Button next = new Button(getTranslation("course.quiz.next-question"), VaadinIcon.ANGLE_RIGHT.create(),
                click -> show(current + 1));
        next.setIconAfterText(true);
        next.addClassName("quiz-next");
        next.setEnabled(!last);
        Div nav = new Div(previous, next);
        nav.addClassName("quiz-navigation");
        if (!state.checked()) {
            missing = new Paragraph(missingText);
            missing.addClassName("quiz-missing");
            missing.getElement().setAttribute("role", "alert");
            Button check = new Button(getTranslation("course.quiz.check"), click -> check());
            if (last || open().isEmpty()) {
                check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            check.addClassName("quiz-check");
            nav.add(check, missing);
        }
        return nav;
    }

    private void check() {
        List<Integer> open = open();
        if (open.isEmpty()) {
            missingText = "";
            StepState next = actions.check(quiz.id());
            state = next;
            current = firstWrongOrFirst();
            changed.accept(quiz.id(), next);
            render();
            return;
        }
        // Say which, and go to the first of them.
        missingText = getTranslation("course.quiz.answer-all",
                open.stream().map(n -> String.valueOf(n + 1)).collect(Collectors.joining(", ")), open.size());
        current = open.getFirst();
        render();
    }

    private void show(int target) {
        current = Math.max(0, Math.min(target, quiz.items().size() - 1));
        render();
    }

    /** An answer redraws only the overview (and clears the warning once all are answered): focus stays put. */
    private void saved(StepState next) {
        state = next;
        changed.accept(quiz.id(), next);
        if (open().isEmpty() && missing != null) {
            missingText = "";
            missing.setText("");
        }
        Nav fresh = overview();
        replace(overview, fresh);
        overview = fresh;
    }

    private void rerender(StepState next) {
        missingText = "";
        state = next;
        changed.accept(quiz.id(), next);
        render();
    }
}
