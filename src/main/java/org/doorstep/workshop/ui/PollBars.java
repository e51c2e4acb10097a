package org.doorstep.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.doorstep.workshop.PollResult;
import org.doorstep.workshop.WorkshopStep;

/** How the room voted, one bar per option with its count and share; right answers marked once shown. */
class PollBars extends Div {

    PollBars(WorkshopStep step, PollResult result, boolean showCorrect) {
        addClassName("poll-bars");
        UnorderedList list = new UnorderedList();
        for (int option = 0; option < step.options().size(); option++) {
            int count = result.count(option);
            int percent = result.answered() == 0 ? 0 : Math.round(100f * count / result.answered());
            Span label = new Span(step.options().get(option));
            label.addClassName("poll-option");
            Div fill = new Div();
            fill.addClassName("poll-fill");
            fill.setWidth(percent + "%");
            Div bar = new Div(fill);
            bar.addClassName("poll-bar");
            Span figure = new Span(getTranslation("workshop.poll.count", count, percent));
            figure.addClassName("poll-count");
            ListItem item = new ListItem(label, bar, figure);
            if (showCorrect && step.correct().contains(option)) {
                item.addClassName("poll-correct");
                label.setText(getTranslation("workshop.poll.correct", step.options().get(option)));
            }
            list.add(item);
        }
        add(list, new Paragraph(getTranslation("workshop.poll.answered", result.answered())));
        if (step.multiple()) {
            add(new Paragraph(getTranslation("workshop.poll.share")));
        }
        if (showCorrect && step.feedback() != null && !step.feedback().isBlank()) {
            Paragraph feedback = new Paragraph(step.feedback());
            feedback.addClassName("poll-feedback");
            add(feedback);
        }
    }
}
