package org.doorstep.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A suggested first message in full (it wraps, never cut), with a Copy button that says whether it copied.
 * Where the browser refuses the clipboard (an address without HTTPS), the text is selected for the person to copy.
 */
class FirstMessage extends Div {

    final Span text = new Span();
    final Button copy = new Button();
    final Span status = new Span();

    FirstMessage(String message, String personName) {
        addClassName("first-message");
        text.setText(message);
        text.addClassName("first-message-text");
        copy.setText(getTranslation("exercise.plan.message.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.setAriaLabel(getTranslation("exercise.plan.message.copy-for", personName));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.addClickListener(click -> text.getElement().executeJs("""
                        return navigator.clipboard && window.isSecureContext
                            ? navigator.clipboard.writeText($0).then(() => true, () => false) : false""", message)
                .then(Boolean.class, this::copied));
        status.addClassName("first-message-status");
        status.getElement().setAttribute("aria-live", "polite");
        Div actions = new Div(copy, status);
        actions.addClassName("first-message-actions");
        add(text, actions);
    }

    /** What the browser answered: copied, or not (then the text is selected, ready for the person's own copy). */
    void copied(boolean done) {
        status.setText(getTranslation(done ? "exercise.plan.message.copied" : "exercise.plan.message.select"));
        if (!done) {
            text.getElement().executeJs("const range = document.createRange(); range.selectNodeContents(this);"
                    + "const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);");
        }
    }
}
