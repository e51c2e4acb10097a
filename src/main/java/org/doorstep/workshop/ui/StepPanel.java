package org.doorstep.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.doorstep.base.ui.MarkdownText;
import org.doorstep.workshop.WorkshopStep;

/** A step's heading and text as both the projector and the trainees' screens show it. */
class StepPanel extends Div {

    StepPanel(WorkshopStep step, int total) {
        addClassName("workshop-step");
        Span position = new Span(getTranslation("workshop.step.position", step.index() + 1, total));
        position.addClassName("workshop-step-position");
        H2 title = new H2(step.title());
        title.addClassName("workshop-step-title");
        add(position, title, new MarkdownText(step.text()));
    }
}
