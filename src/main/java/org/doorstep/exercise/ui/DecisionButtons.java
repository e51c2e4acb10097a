package org.doorstep.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Locale;
import java.util.Map;
import org.doorstep.exercise.Decision;
import org.jspecify.annotations.Nullable;

/** A set of decision buttons (the desktop panel's, the phone card's) showing which one a person holds. */
final class DecisionButtons {

    private DecisionButtons() {
    }

    /** The translation key of a decision's label ("exercise.decision.weak_tie"), the same in every part of the triage. */
    static String labelKey(Decision decision) {
        return "exercise.decision." + decision.name().toLowerCase(Locale.ROOT);
    }

    /** The chosen one is primary and pressed (for screen readers too); the rest are not. */
    static void markChosen(Map<Decision, Button> buttons, @Nullable Decision chosen) {
        buttons.forEach((decision, button) -> {
            boolean isChosen = decision == chosen;
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (isChosen) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(isChosen));
        });
    }
}
