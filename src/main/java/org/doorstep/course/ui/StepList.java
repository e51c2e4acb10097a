package org.doorstep.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lesson's steps, each a card with its form: reordered by dragging its handle or with Move up / Move down (the
 * focus stays on the button, so pressing it again moves the step further), duplicated, and removed with an Undo.
 * New steps get an id no other step of the lesson has.
 */
class StepList extends Div {

    private final FieldMarks marks;
    private final Runnable changed;
    private final Span announcer = new Span();
    private final Div cards = new Div();
    private final Set<StepModel> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<StepForm<?>> forms = new ArrayList<>();
    /** Each card's heading, renamed as the author types the step's title. */
    private final List<Runnable> names = new ArrayList<>();
    private LessonModel lesson = new LessonModel();
    /** The last removal's Undo notification, for tests. */
    @Nullable Notification undo;

    StepList(FieldMarks marks, Runnable changed) {
        this.marks = marks;
        this.changed = changed;
        addClassName("step-list-form");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        cards.addClassName("step-cards");
        Div add = new Div(new Span(getTranslation("authoring.form.add-step")));
        add.addClassName("add-step");
        for (StepModel.Kind kind : StepModel.Kind.values()) {
            String name = getTranslation("authoring.form.kind." + kind.name().toLowerCase());
            Button button = new Button(name, VaadinIcon.PLUS.create(), click -> {
                StepModel step = lesson.add(kind, getTranslation("authoring.form.new-step", name));
                open.add(step);
                rebuild();
                changed.run();
                focusTitle(step);
            });
            button.setAriaLabel(getTranslation("authoring.form.add-step.label", name));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.addClassName("add-step-" + kind.name().toLowerCase());
            add.add(button);
        }
        add(announcer, cards, add);
    }

    void show(LessonModel lesson) {
        // An Undo still on screen belongs to the lesson shown before: it must not put its step into this one.
        if (undo != null) {
            undo.close();
            undo = null;
        }
        this.lesson = lesson;
        open.clear();
        rebuild();
    }

    List<StepForm<?>> forms() {
        return forms;
    }

    /** Every card again from the model (after a move, an added or removed step). */
    void rebuild() {
        marks.forget("steps");
        cards.removeAll();
        forms.clear();
        names.clear();
        for (int i = 0; i < lesson.steps.size(); i++) {
            cards.add(card(i));
        }
    }

    private Div card(int index) {
        StepModel step = lesson.steps.get(index);
        StepForm<?> form = StepForm.of(step, "steps[" + index + "]", marks, changed);
        forms.add(form);
        String name = step.title.isBlank() ? step.id : step.title;
        Icon handle = VaadinIcon.GRID_SMALL_O.create();
        handle.addClassName("drag-handle");
        handle.setTooltipText(getTranslation("authoring.form.drag"));
        DragSource<Icon> drag = DragSource.create(handle);
        drag.setDragData(step);
        Span kind = new Span(getTranslation("authoring.form.kind." + step.kind().name().toLowerCase()));
        kind.addClassName("step-kind");
        Button up = tool(VaadinIcon.ARROW_UP, "authoring.form.move-up", name, () -> move(index, index - 1, true));
        up.setEnabled(index > 0);
        Button down = tool(VaadinIcon.ARROW_DOWN, "authoring.form.move-down", name, () -> move(index, index + 1, false));
        down.setEnabled(index < lesson.steps.size() - 1);
        Button duplicate = tool(VaadinIcon.COPY_O, "authoring.form.duplicate", name, () -> duplicate(index));
        Button remove = tool(VaadinIcon.TRASH, "authoring.form.remove", name, () -> remove(index));
        Div tools = new Div(up, down, duplicate, remove);
        tools.addClassName("step-tools");
        Div head = new Div(handle, new Span(getTranslation("authoring.form.step-n", index + 1)), kind, tools);
        head.addClassName("step-card-head");
        Details details = new Details(name, form);
        details.addClassName("step-card-details");
        names.add(() -> details.setSummaryText(name(step)));
        details.setOpened(open.contains(step));
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                open.add(step);
            } else {
                open.remove(step);
            }
        });
        Div card = new Div(head, details);
        card.addClassName("step-card");
        card.getElement().setAttribute("data-step", step.id);
        DropTarget<Div> drop = DropTarget.create(card);
        drop.setDropEffect(DropEffect.MOVE);
        drop.addDropListener(event -> event.getDragData().filter(StepModel.class::isInstance)
                .ifPresent(dragged -> move(lesson.steps.indexOf((StepModel) dragged), index, null)));
        return card;
    }

    /** Card headings follow the titles typed. */
    void refreshNames() {
        names.forEach(Runnable::run);
    }

    private Button tool(VaadinIcon icon, String key, String stepName, Runnable run) {
        Button button = new Button(icon.create(), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(key + ".label", stepName));
        button.setTooltipText(getTranslation(key));
        button.addClassName(key.substring(key.lastIndexOf('.') + 1));
        return button;
    }

    /** {@code upwards}: which button to keep the focus on; null after a drag. */
    void move(int from, int to, @Nullable Boolean upwards) {
        if (from < 0 || to < 0 || from >= lesson.steps.size() || to >= lesson.steps.size() || from == to) {
            return;
        }
        StepModel step = lesson.steps.get(from);
        lesson.move(from, to);
        rebuild();
        changed.run();
        announce(getTranslation("authoring.form.moved", name(step), to + 1));
        if (upwards != null) {
            String button = upwards ? (to > 0 ? "move-up" : "move-down") : (to < lesson.steps.size() - 1 ? "move-down" : "move-up");
            cards.getComponentAt(to).getChildren().findFirst().flatMap(head -> head.getChildren()
                    .filter(child -> child.hasClassName("step-tools")).findFirst())
                    .flatMap(tools -> tools.getChildren().filter(child -> child.hasClassName(button)).findFirst())
                    .map(Button.class::cast).ifPresent(Button::focus);
        }
    }

    private void duplicate(int index) {
        StepModel copy = lesson.duplicate(index);
        open.add(copy);
        rebuild();
        changed.run();
        announce(getTranslation("authoring.form.duplicated", name(copy)));
        focusTitle(copy);
    }

    private void remove(int index) {
        StepModel step = lesson.steps.remove(index);
        rebuild();
        changed.run();
        undo = UndoNotice.show(this, getTranslation("authoring.form.removed", name(step)), () -> {
            lesson.steps.add(Math.min(index, lesson.steps.size()), step);
            rebuild();
            changed.run();
            announce(getTranslation("authoring.form.restored", name(step)));
            focusTitle(step);
        });
    }

    private void focusTitle(StepModel step) {
        int index = lesson.steps.indexOf(step);
        if (index >= 0) {
            FieldMarks.reveal(forms.get(index).titleField);
        }
    }

    private void announce(String text) {
        announcer.setText(text);
    }

    private static String name(StepModel step) {
        return step.title.isBlank() ? step.id : step.title;
    }

    /** The form of the step with that id, if the lesson has it. */
    java.util.Optional<StepForm<?>> form(String stepId) {
        int index = -1;
        for (int i = 0; i < lesson.steps.size(); i++) {
            if (lesson.steps.get(i).id.equals(stepId)) {
                index = i;
                break;
            }
        }
        return index < 0 ? java.util.Optional.empty() : java.util.Optional.of(forms.get(index));
    }
}
