package org.doorstep.course.ui;

import org.doorstep.base.ui.MarkdownText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.doorstep.course.Step;

/** Leads from the course into the exercise or the results. */
class LinkStepView extends Div {

    LinkStepView(Step.Link link) {
        addClassName("link-step");
        if (link.markdown() != null) {
            add(new MarkdownText(link.markdown()));
        }
        Button open = new Button(link.label(), VaadinIcon.ARROW_FORWARD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(link.target().substring(1))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setIconAfterText(true);
        add(open);
    }
}
