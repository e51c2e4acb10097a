package org.doorstep.course.ui;

/** A reading step: Markdown, with the text as trainees see it beside it. */
class ReadingForm extends StepForm<StepModel.Reading> {

    ReadingForm(StepModel.Reading model, String path, FieldMarks marks, Runnable changed) {
        super(model, path, marks, changed);
    }

    @Override
    void buildKind() {
        add(markdown("authoring.form.reading.markdown", "markdown", model.markdown, text -> model.markdown = text));
    }
}
