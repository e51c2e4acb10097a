package org.doorstep.course.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.doorstep.course.Step;

/** A link step: a short text, where it leads in Doorstep and the words on its button. */
class LinkForm extends StepForm<StepModel.Link> {

    static final List<String> TARGETS = List.of("/exercise", "/results", Step.Link.BIGGEST_WEEK);

    LinkForm(StepModel.Link model, String path, FieldMarks marks, Runnable changed) {
        super(model, path, marks, changed);
    }

    @Override
    void buildKind() {
        add(markdown("authoring.form.link.markdown", "markdown", model.markdown, text -> model.markdown = text));
        Select<String> target = new Select<>();
        target.setLabel(getTranslation("authoring.form.link.target"));
        target.setItems(TARGETS);
        target.setItemLabelGenerator(value -> getTranslation("authoring.form.link.target." + value.substring(1).replace('/', '.')));
        if (TARGETS.contains(model.target)) {
            target.setValue(model.target);
        }
        target.setHelperText(getTranslation("authoring.form.link.target.help"));
        target.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                model.target = change.getValue() == null ? "" : change.getValue();
                changed();
            }
        });
        marks.field(path + ".target", target);
        TextField label = text("authoring.form.link.label", "label", model.label, text -> model.label = text);
        label.setRequiredIndicatorVisible(true);
        label.setHelperText(getTranslation("authoring.form.link.label.help"));
        add(target, label);
    }
}
