package org.doorstep.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.doorstep.exercise.ExerciseService;

/** Before any import: how to get the LinkedIn export, or practise on the sample network. */
class EmptyNetwork extends Div {

    EmptyNetwork(ExerciseService exercise) {
        addClassName("empty-network");
        Anchor baseline = new Anchor("results", getTranslation("exercise.empty.baseline"));
        Div prompt = new Div(baseline);
        prompt.addClassName("home-notice");
        add(new Paragraph(getTranslation("exercise.empty.intro")));
        OrderedList steps = new OrderedList();
        for (int i = 1; i <= 4; i++) {
            steps.add(new ListItem(getTranslation("exercise.empty.step" + i)));
        }
        Button importExport = new Button(getTranslation("exercise.empty.import"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        importExport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button sample = new Button(getTranslation("exercise.empty.sample"), VaadinIcon.USERS.create(), click -> {
            exercise.importSample();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        sample.addClassName("use-sample");
        Div actions = new Div(importExport, sample);
        actions.addClassName("exercise-actions");
        add(steps, prompt, actions, new Paragraph(getTranslation("exercise.privacy")));
    }
}
