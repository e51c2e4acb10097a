package org.doorstep.course.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.doorstep.course.Step;

/** A reflection: the question, and whether it stays private or may be asked in a workshop. */
class ReflectionForm extends StepForm<StepModel.Reflection> {

    ReflectionForm(StepModel.Reflection model, String path, FieldMarks marks, Runnable changed) {
        super(model, path, marks, changed);
    }

    @Override
    void buildKind() {
        TextArea prompt = area("authoring.form.reflection.prompt", "prompt", model.prompt, text -> model.prompt = text);
        prompt.setHelperText(getTranslation("authoring.form.reflection.prompt.help"));
        prompt.setRequiredIndicatorVisible(true);
        RadioButtonGroup<String> visibility = new RadioButtonGroup<>(getTranslation("authoring.form.reflection.visibility"));
        visibility.setItems(Step.Reflection.PRIVATE, Step.Reflection.SHAREABLE);
        visibility.setItemLabelGenerator(value -> getTranslation("authoring.form.reflection.visibility." + value));
        visibility.setValue(Step.Reflection.SHAREABLE.equals(model.visibility) ? Step.Reflection.SHAREABLE
                : Step.Reflection.PRIVATE);
        visibility.setHelperText(getTranslation("authoring.form.reflection.visibility.help"));
        visibility.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                model.visibility = change.getValue() == null ? Step.Reflection.PRIVATE : change.getValue();
                changed();
            }
        });
        marks.field(path + ".visibility", visibility);
        add(prompt, visibility);
    }
}
