package org.doorstep.workshop.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.doorstep.workshop.WorkshopStep;

/**
 * A trainee's answer to a poll: one option by radio buttons, or ticks where the question takes several, then an
 * explicit Send with the answer confirmed beneath it. Sending again changes it until the trainer reveals the
 * answers; then it is locked and says whether it was right.
 */
class PollAnswer extends Div {

    final AbstractField<?, ?> input;
    final Button send = new Button();
    final Paragraph sent = new Paragraph();
    final Paragraph verdict = new Paragraph();
    private final WorkshopStep step;
    private Set<Integer> mine;

    /** {@code sender} saves the chosen options and says whether they were taken. */
    PollAnswer(WorkshopStep step, Set<Integer> mine, Predicate<Set<Integer>> sender) {
        this.step = step;
        this.mine = mine;
        addClassName("room-poll");
        List<Integer> options = IntStream.range(0, step.options().size()).boxed().toList();
        if (step.multiple()) {
            CheckboxGroup<Integer> ticks = new CheckboxGroup<>(getTranslation("workshop.room.your-vote"));
            ticks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            ticks.setItems(options);
            ticks.setItemLabelGenerator(step.options()::get);
            ticks.setHelperText(getTranslation("workshop.room.votes.help"));
            ticks.setValue(mine);
            input = ticks;
        } else {
            RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(getTranslation("workshop.room.your-vote"));
            choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choice.setItems(options);
            choice.setItemLabelGenerator(step.options()::get);
            choice.setHelperText(getTranslation("workshop.room.vote.help"));
            mine.stream().findFirst().ifPresent(choice::setValue);
            input = choice;
        }
        input.addClassName("room-vote");
        send.setText(getTranslation("workshop.room.send-vote"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("room-send-vote");
        send.addClickListener(click -> {
            Set<Integer> chosen = chosen();
            if (chosen.isEmpty()) {
                sent.setText(getTranslation("workshop.room.choose-first"));
            } else if (sender.test(chosen)) {
                this.mine = chosen;
                sent.setText(getTranslation("workshop.room.sent", names(chosen)));
            }
        });
        sent.addClassName("room-sent");
        sent.getElement().setAttribute("aria-live", "polite");
        if (!mine.isEmpty()) {
            sent.setText(getTranslation("workshop.room.sent", names(mine)));
        }
        verdict.addClassName("room-verdict");
        verdict.setVisible(false);
        add(input, send, sent, verdict);
    }

    @SuppressWarnings("unchecked")
    private Set<Integer> chosen() {
        Object value = input.getValue();
        if (value instanceof Set<?> ticked) {
            return (Set<Integer>) ticked;
        }
        return value == null ? Set.of() : Set.of((Integer) value);
    }

    /** The answers are revealed: nothing changes any more, and the trainee learns how they did. */
    void lock() {
        input.setReadOnly(true);
        send.setVisible(false);
        sent.setText(getTranslation("workshop.room.closed"));
        verdict.setVisible(true);
        verdict.removeClassNames("right", "wrong");
        Set<Integer> right = Set.copyOf(step.correct());
        if (right.isEmpty()) {
            verdict.setText(mine.isEmpty() ? "" : getTranslation("workshop.room.verdict.opinion", names(mine)));
            verdict.setVisible(!mine.isEmpty());
        } else if (mine.isEmpty()) {
            verdict.setText(getTranslation("workshop.room.verdict.none", names(right)));
        } else if (mine.equals(right)) {
            verdict.setText(getTranslation("workshop.room.verdict.right"));
            verdict.addClassName("right");
        } else {
            verdict.setText(getTranslation("workshop.room.verdict.wrong", names(right)));
            verdict.addClassName("wrong");
        }
    }

    private String names(Set<Integer> options) {
        return options.stream().sorted().map(step.options()::get).collect(Collectors.joining("; "));
    }
}
