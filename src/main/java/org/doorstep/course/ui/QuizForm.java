package org.doorstep.course.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.Set;

/** A quiz: its pass mark, and each question with its options, which are right, and the feedback. */
class QuizForm extends StepForm<StepModel.Quiz> {

    /** Questions shown open, by position, kept when the form is rebuilt. */
    private final Set<Integer> open = new HashSet<>();

    QuizForm(StepModel.Quiz model, String path, FieldMarks marks, Runnable changed) {
        super(model, path, marks, changed);
    }

    @Override
    void buildKind() {
        IntegerField passMark = number("authoring.form.quiz.pass-mark", "passMark", model.passMark,
                value -> model.passMark = value);
        passMark.setMin(1);
        passMark.setMax(100);
        passMark.setSuffixComponent(new Div("%"));
        passMark.setHelperText(getTranslation("authoring.form.quiz.pass-mark.help"));
        add(passMark);
        for (int i = 0; i < model.items.size(); i++) {
            add(item(i));
        }
        add(action(getTranslation("authoring.form.quiz.add-item"), getTranslation("authoring.form.quiz.add-item"),
                VaadinIcon.PLUS, () -> {
                    model.items.add(StepModel.Item.starter(model.uniqueItemId()));
                    open.add(model.items.size() - 1);
                    rebuild();
                }));
    }

    private Details item(int index) {
        StepModel.Item item = model.items.get(index);
        String at = "items[" + index + "]";
        int number = index + 1;
        TextArea prompt = area("authoring.form.quiz.prompt", at + ".prompt", item.prompt, text -> item.prompt = text);
        prompt.setRequiredIndicatorVisible(true);
        FieldMarks.Note note = new FieldMarks.Note(prompt);
        marks.note(path + "." + at, note);
        marks.note(path + "." + at + ".multiple", note);
        TextField id = text("authoring.form.quiz.item-id", at + ".id", item.id, text -> item.id = text);
        id.setHelperText(getTranslation("authoring.form.quiz.item-id.help"));
        Checkbox multiple = new Checkbox(getTranslation("authoring.form.quiz.multiple"), item.multiple);
        multiple.setHelperText(getTranslation("authoring.form.quiz.multiple.help"));
        multiple.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                item.multiple = change.getValue();
                changed();
            }
        });
        Div options = new Div();
        options.addClassName("form-options");
        for (int o = 0; o < item.options.size(); o++) {
            options.add(option(item, index, o));
        }
        FieldMarks.Note optionsNote = new FieldMarks.Note(options.getChildren().findFirst()
                .flatMap(row -> row.getChildren().findFirst()).orElse(prompt));
        marks.note(path + "." + at + ".options", optionsNote);
        TextArea feedback = area("authoring.form.quiz.feedback", at + ".feedback", item.feedback, text -> item.feedback = text);
        feedback.setHelperText(getTranslation("authoring.form.quiz.feedback.help"));
        Div content = new Div(note, prompt, multiple, options, optionsNote,
                action(getTranslation("authoring.form.quiz.add-option"),
                        getTranslation("authoring.form.quiz.add-option.label", number), VaadinIcon.PLUS, () -> {
                            item.options.add(new StepModel.Option("", false, ""));
                            rebuild();
                        }),
                feedback, id,
                action(getTranslation("authoring.form.quiz.remove-item"),
                        getTranslation("authoring.form.quiz.remove-item.label", number), VaadinIcon.TRASH,
                        () -> removePart(model.items, index, getTranslation("authoring.form.quiz.item-named", number),
                                open::clear, () -> open.add(index))));
        content.addClassName("form-part");
        Details details = new Details(getTranslation("authoring.form.quiz.item", number, shortened(item.prompt)), content);
        details.addClassName("quiz-item-form");
        details.setOpened(open.contains(index));
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                open.add(index);
            } else {
                open.remove(index);
            }
        });
        return details;
    }

    private Div option(StepModel.Item item, int itemIndex, int index) {
        StepModel.Option option = item.options.get(index);
        String at = "items[" + itemIndex + "].options[" + index + "]";
        TextField text = text("authoring.form.quiz.option", at + ".text", option.text, value -> option.text = value);
        text.setLabel(getTranslation("authoring.form.quiz.option", index + 1));
        Checkbox correct = new Checkbox(getTranslation("authoring.form.quiz.correct"), option.correct);
        correct.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                option.correct = change.getValue();
                changed();
            }
        });
        TextField feedback = text("authoring.form.quiz.option-feedback", at + ".feedback", option.feedback,
                value -> option.feedback = value);
        Div row = new Div(text, correct, feedback, action("", getTranslation("authoring.form.quiz.remove-option.label",
                index + 1, itemIndex + 1), VaadinIcon.TRASH, () -> removePart(item.options, index,
                        getTranslation("authoring.form.quiz.option-named", index + 1, itemIndex + 1), () -> { })));
        row.addClassName("form-option");
        return row;
    }

    static String shortened(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
