package org.doorstep.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.doorstep.base.ui.MarkdownText;

/**
 * The form of one step: its id and title, then the fields of its kind. Every edit goes into the model and is reported
 * ({@code changed}); adding or removing a part (a node, a choice, a question) rebuilds this step's form.
 */
abstract class StepForm<M extends StepModel> extends Div {

    /** How long typing pauses before the text is saved and checked. */
    static final int TYPING_PAUSE_MS = 700;

    final M model;
    /** The checker's path of this step, such as steps[2]. */
    final String path;
    final FieldMarks marks;
    private final Runnable changed;
    TextField idField = new TextField();
    TextField titleField = new TextField();

    StepForm(M model, String path, FieldMarks marks, Runnable changed) {
        this.model = model;
        this.path = path;
        this.marks = marks;
        this.changed = changed;
        addClassName("step-form");
    }

    static StepForm<?> of(StepModel model, String path, FieldMarks marks, Runnable changed) {
        StepForm<?> form = switch (model) {
            case StepModel.Reading reading -> new ReadingForm(reading, path, marks, changed);
            case StepModel.Scenario scenario -> new ScenarioForm(scenario, path, marks, changed);
            case StepModel.Quiz quiz -> new QuizForm(quiz, path, marks, changed);
            case StepModel.Reflection reflection -> new ReflectionForm(reflection, path, marks, changed);
            case StepModel.Link link -> new LinkForm(link, path, marks, changed);
        };
        form.build();
        return form;
    }

    private void build() {
        FieldMarks.Note note = new FieldMarks.Note(titleField);
        marks.note(path, note);
        idField = text("authoring.form.step.id", "id", model.id, value -> model.id = value);
        idField.setHelperText(getTranslation("authoring.form.step.id.help"));
        titleField = text("authoring.form.step.title", "title", model.title, value -> model.title = value);
        titleField.setRequiredIndicatorVisible(true);
        Div head = new Div(titleField, idField);
        head.addClassName("form-row");
        add(note, head);
        buildKind();
    }

    /** Adds the fields of the step's kind. */
    abstract void buildKind();

    /** After a part was added or removed: the form again from the model, then saved and checked. */
    void rebuild() {
        marks.forget(path);
        removeAll();
        build();
        changed();
    }

    void changed() {
        changed.run();
    }

    /**
     * Takes a part (a node, a choice, a band, a question, an option) out of its list, saved at once, with an Undo
     * that puts it back where it was. {@code reopen} keeps the right sections open, both times.
     */
    <T> void removePart(List<T> parts, int index, String name, Runnable reopen) {
        removePart(parts, index, name, reopen, reopen);
    }

    /** As above, with what to open once the part is back ({@code reopenRestored}: the restored section itself). */
    <T> void removePart(List<T> parts, int index, String name, Runnable reopen, Runnable reopenRestored) {
        T part = parts.remove(index);
        reopen.run();
        rebuild();
        UndoNotice.show(this, getTranslation("authoring.form.part-removed", name), () -> {
            int at = Math.min(index, parts.size());
            parts.add(at, part);
            reopenRestored.run();
            rebuild();
        });
    }

    TextField text(String labelKey, String field, String value, Consumer<String> set) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setValue(value);
        text.setWidthFull();
        typed(text);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                set.accept(change.getValue());
                changed();
            }
        });
        marks.field(path + "." + field, text);
        return text;
    }

    TextArea area(String labelKey, String field, String value, Consumer<String> set) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(value);
        area.setWidthFull();
        typed(area);
        area.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                set.accept(change.getValue());
                changed();
            }
        });
        marks.field(path + "." + field, area);
        return area;
    }

    IntegerField number(String labelKey, String field, int value, IntConsumer set) {
        IntegerField number = new IntegerField(getTranslation(labelKey));
        number.setValue(value);
        number.setStepButtonsVisible(true);
        number.setValueChangeMode(ValueChangeMode.LAZY);
        number.setValueChangeTimeout(TYPING_PAUSE_MS);
        number.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                set.accept(change.getValue() == null ? 0 : change.getValue());
                changed();
            }
        });
        marks.field(path + "." + field, number);
        return number;
    }

    /** A choice among fixed words (good, mixed, bad...), each shown translated; "" is "none". */
    Select<String> choice(String labelKey, String field, String value, List<String> values, String wordsKey,
            Consumer<String> set) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(item -> getTranslation(wordsKey + "." + (item.isEmpty() ? "none" : item)));
        select.setValue(values.contains(value) ? value : values.getFirst());
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                set.accept(change.getValue() == null ? "" : change.getValue());
                changed();
            }
        });
        marks.field(path + "." + field, select);
        return select;
    }

    /** A Markdown text area with the text as trainees will see it beside it (below it on a phone). */
    Div markdown(String labelKey, String field, String value, Consumer<String> set) {
        Div preview = new Div(new MarkdownText(value));
        preview.addClassName("markdown-preview");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("authoring.form.markdown.preview"));
        TextArea area = area(labelKey, field, value, text -> {
            set.accept(text);
            preview.removeAll();
            preview.add(new MarkdownText(text));
        });
        area.setHelperText(getTranslation("authoring.form.markdown.help"));
        area.setMinRows(8);
        area.setMaxRows(30);
        area.addClassName("markdown-source");
        Div pair = new Div(area, preview);
        pair.addClassName("markdown-pair");
        return pair;
    }

    /** A small button that adds or removes a part; {@code label} is also read out, so it names the part. */
    Button action(String text, String label, VaadinIcon icon, Runnable run) {
        Button button = new Button(text, icon.create(), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        return button;
    }

    private static void typed(com.vaadin.flow.data.value.HasValueChangeMode field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
    }
}
