package org.doorstep.course.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.doorstep.course.Step;

/** How good a choice or an ending was, as an icon and a word: never told by colour alone. */
class JudgementBadge extends Span {

    /** {@code kind} is "choice" (good / mixed / risky choice) or "ending" (good / mixed / bad ending). */
    JudgementBadge(Step.Judgement judgement, String kind) {
        String name = judgement.name().toLowerCase();
        var icon = switch (judgement) {
            case GOOD -> VaadinIcon.CHECK_CIRCLE.create();
            case MIXED -> VaadinIcon.ADJUST.create();
            case BAD -> VaadinIcon.WARNING.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation("course.judgement." + kind + "." + name)));
        addClassNames("judgement", "judgement-" + name);
    }
}
