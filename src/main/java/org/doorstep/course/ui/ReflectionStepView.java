package org.doorstep.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiConsumer;
import org.doorstep.course.Step;
import org.doorstep.course.StepMoves;
import org.doorstep.course.StepState;

/** A free-text reflection, saved while the trainee types (after a short pause) and shown back as text. */
class ReflectionStepView extends Div {

    private final TextArea answer;

    ReflectionStepView(Step.Reflection reflection, StepState state, PlayActions actions,
            BiConsumer<String, StepState> changed) {
        addClassName("reflection");
        Paragraph prompt = new Paragraph(reflection.prompt());
        prompt.addClassName("reflection-prompt");
        answer = new TextArea(getTranslation("course.reflection.label"));
        answer.setWidthFull();
        answer.setMinRows(4);
        answer.setMaxLength(StepMoves.MAX_REFLECTION);
        answer.setValue(state.text());
        answer.setHelperText(getTranslation(reflection.shareable() ? "course.reflection.help.shareable"
                : "course.reflection.help"));
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.setValueChangeTimeout(800);
        Span saved = new Span();
        saved.addClassName("saved-indicator");
        saved.getElement().setAttribute("aria-live", "polite");
        answer.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                if (!change.getValue().isBlank()) {
                    answer.setInvalid(false);
                }
                changed.accept(reflection.id(), actions.reflect(reflection.id(), change.getValue()));
                saved.setText(getTranslation("course.reflection.saved"));
            }
        });
        add(prompt, answer, saved);
    }

    /** Says under the field that the step needs a few words before the lesson can be finished. */
    void requireAnswer() {
        answer.setErrorMessage(getTranslation("course.reflection.required"));
        answer.setInvalid(true);
        answer.focus();
    }
}
