package org.doorstep.course.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Objects;
import org.doorstep.base.Refusal;
import org.doorstep.base.ui.Refusals;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.CourseOutline;
import org.doorstep.course.CourseOutlineService;
import org.doorstep.course.InvalidContentException;
import org.jspecify.annotations.Nullable;

/**
 * The course's own page in the editor: its title and summary, and its lessons in order: add a blank one, move one
 * (drag, or the Move up / Move down buttons from the keyboard), remove one. Each change is saved as the course's
 * draft when it is made; a content editor publishes the course with all its lesson drafts, others ask for review.
 */
class CourseOutlinePanel extends Details {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final OrderedList lessons = new OrderedList();
    final TextField newLesson = new TextField();
    final Button addLesson = new Button();
    final Button publish = new Button();
    final Button askReview = new Button();
    final Span status = new Span();
    final UnorderedList problems = new UnorderedList();

    private final CourseOutlineService outlines;
    private final boolean mayPublish;
    private final SerializableConsumer<String> open;
    private final SerializableRunnable changed;
    private @Nullable CourseOutline outline;

    CourseOutlinePanel(CourseOutlineService outlines, boolean mayPublish, SerializableConsumer<String> open,
            SerializableRunnable changed) {
        this.outlines = outlines;
        this.mayPublish = mayPublish;
        this.open = open;
        this.changed = changed;
        addClassName("course-outline");
        title.setLabel(getTranslation("outline.title"));
        title.setWidth("min(100%, 32rem)");
        title.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                describe();
            }
        });
        summary.setLabel(getTranslation("outline.summary"));
        summary.setWidthFull();
        summary.setMaxRows(5);
        summary.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                describe();
            }
        });
        lessons.addClassName("outline-lessons");
        lessons.getElement().setAttribute("aria-label", getTranslation("outline.lessons"));
        newLesson.setLabel(getTranslation("outline.new-lesson"));
        newLesson.setWidth("min(100%, 24rem)");
        addLesson.setText(getTranslation("outline.add-lesson"));
        addLesson.setIcon(VaadinIcon.PLUS.create());
        addLesson.addClickListener(click -> addLesson());
        newLesson.addKeyPressListener(Key.ENTER, enter -> addLesson());
        Div adding = new Div(newLesson, addLesson);
        adding.addClassName("outline-add");
        publish.setText(getTranslation("outline.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> confirmPublish());
        publish.setVisible(mayPublish);
        askReview.setText(getTranslation("outline.ask-review"));
        askReview.addClickListener(click -> askForReview());
        askReview.setVisible(!mayPublish);
        status.addClassName("outline-status");
        status.getElement().setAttribute("aria-live", "polite");
        problems.addClassName("content-problems");
        problems.setVisible(false);
        Div actions = new Div(publish, askReview, status);
        actions.addClassName("outline-actions");
        add(new Div(title), summary, lessons, adding, actions, problems);
    }

    void show(String course) {
        outline = outlines.outline(course);
        // Open where the course itself is being worked on; a published course's outline stays folded above its lessons.
        setOpened(outline.publishedVersion() == 0 || outline.courseDraft());
        render();
        problems.setVisible(false);
        status.setText(statusText());
    }

    /** The same course again, as stored now (after a lesson was published from the editor, say). */
    void refresh() {
        show(shown().slug());
    }

    private CourseOutline shown() {
        return Objects.requireNonNull(outline, "no course shown");
    }

    private void render() {
        CourseOutline shown = shown();
        setSummaryText(getTranslation("outline.heading", shown.title(), shown.lessons().size()));
        title.setValue(shown.title());
        summary.setValue(shown.summary());
        lessons.removeAll();
        for (int i = 0; i < shown.lessons().size(); i++) {
            lessons.add(row(shown.lessons().get(i), i, shown.lessons().size()));
        }
        publish.setEnabled(shown.hasDrafts());
        askReview.setEnabled(shown.hasDrafts() && !shown.reviewAsked());
    }

    private ListItem row(CourseOutline.Lesson lesson, int index, int count) {
        Button name = new Button(lesson.title(), click -> open.accept(lesson.slug()));
        name.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        name.addClassName("outline-lesson-name");
        name.setTooltipText(getTranslation("outline.open", lesson.title()));
        Span state = new Span(!lesson.published() ? getTranslation("outline.lesson.new")
                : lesson.draft() ? getTranslation("authoring.has-draft") : "");
        state.addClassName("outline-lesson-state");
        Button up = iconButton(VaadinIcon.ARROW_UP, "outline.move-up", lesson.title(), () -> move(lesson.slug(), index - 1, "up"));
        up.setEnabled(index > 0);
        up.addClassName("move-up");
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "outline.move-down", lesson.title(), () -> move(lesson.slug(), index + 1, "down"));
        down.setEnabled(index < count - 1);
        down.addClassName("move-down");
        Button remove = iconButton(VaadinIcon.TRASH, "outline.remove", lesson.title(), () -> confirmRemove(lesson));
        remove.addClassName("remove-lesson");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(up, down, remove);
        buttons.addClassName("outline-lesson-buttons");
        ListItem item = new ListItem(name, state, buttons);
        item.addClassName("outline-lesson");
        item.getElement().setAttribute("data-slug", lesson.slug());
        // Drag one lesson onto another to put it in that one's place; the buttons do the same from the keyboard.
        DragSource<ListItem> drag = DragSource.create(item);
        drag.setDragData(lesson.slug());
        DropTarget<ListItem> drop = DropTarget.create(item);
        drop.addDropListener(dropped -> dropped.getDragData().map(String.class::cast)
                .filter(slug -> !slug.equals(lesson.slug())).ifPresent(slug -> move(slug, index, "")));
        return item;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String lessonTitle, SerializableRunnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey, lessonTitle));
        button.setTooltipText(getTranslation(labelKey, lessonTitle));
        return button;
    }

    /** Moves the lesson; a keyboard move keeps the focus on the same button of the moved lesson. */
    void move(String slug, int to, String direction) {
        outlines.moveLesson(shown().slug(), slug, to);
        afterChange(getTranslation("outline.moved", titleOf(slug), Math.clamp(to, 0, shown().lessons().size() - 1) + 1));
        if (!direction.isEmpty()) {
            lessons.getChildren().filter(row -> row.getElement().getAttribute("data-slug").equals(slug)).findFirst()
                    .flatMap(row -> row.getChildren().filter(child -> child.hasClassName("outline-lesson-buttons")).findFirst())
                    .flatMap(buttons -> buttons.getChildren().filter(b -> b.hasClassName("move-" + direction)).findFirst())
                    .map(Button.class::cast).filter(Button::isEnabled).ifPresent(Button::focus);
        }
    }

    private void confirmRemove(CourseOutline.Lesson lesson) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("outline.remove.title", lesson.title()),
                getTranslation("outline.remove.text"), getTranslation("outline.remove.confirm"),
                event -> remove(lesson.slug()));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.cancel"));
        confirm.open();
    }

    void remove(String slug) {
        String removed = titleOf(slug);
        outlines.removeLesson(shown().slug(), slug);
        afterChange(getTranslation("outline.removed", removed));
    }

    void addLesson() {
        try {
            String slug = outlines.addLesson(shown().slug(), newLesson.getValue(), getTranslation("outline.blank-step"));
            newLesson.clear();
            newLesson.setInvalid(false);
            afterChange(getTranslation("outline.added", slug));
        } catch (Refusal refused) {
            newLesson.setErrorMessage(Refusals.message(refused));
            newLesson.setInvalid(true);
        }
    }

    private void describe() {
        try {
            outlines.describe(shown().slug(), title.getValue(), summary.getValue());
            title.setInvalid(false);
            afterChange(getTranslation("authoring.status.draft-saved"));
        } catch (Refusal refused) {
            title.setErrorMessage(Refusals.message(refused));
            title.setInvalid(true);
        }
    }

    private void afterChange(String message) {
        outline = outlines.outline(shown().slug());
        render();
        status.setText(message);
        changed.run();
    }

    private void askForReview() {
        if (showProblems(outlines.check(shown().slug()))) {
            outlines.askForReview(shown().slug());
            afterChange(getTranslation("outline.review.sent"));
        }
    }

    private void confirmPublish() {
        if (!showProblems(outlines.check(shown().slug()))) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("outline.publish.title", shown().title()),
                getTranslation("outline.publish.text", shown().publishedVersion() + 1, shown().lessons().size()),
                getTranslation("outline.publish"), event -> doPublish());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.cancel"));
        confirm.open();
    }

    void doPublish() {
        try {
            int version = outlines.publish(shown().slug());
            Notification.show(getTranslation("authoring.published", version), 5000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterChange(getTranslation("authoring.published", version));
        } catch (InvalidContentException invalid) {
            showProblems(invalid.problems());
        }
    }

    /** Lists the problems, each with its file and place; true when there are none. */
    boolean showProblems(List<ContentProblem> found) {
        problems.removeAll();
        problems.setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            status.setText(getTranslation("outline.invalid", found.size()));
            found.forEach(problem -> problems.add(new ListItem(problem.toString())));
        }
        return found.isEmpty();
    }

    private String statusText() {
        CourseOutline shown = shown();
        if (shown.publishedVersion() == 0) {
            return getTranslation("outline.status.unpublished");
        }
        return getTranslation(shown.hasDrafts() ? (shown.reviewAsked() ? "outline.status.review" : "outline.status.drafts")
                : "outline.status.published", shown.publishedVersion());
    }

    private String titleOf(String slug) {
        return shown().lessons().stream().filter(lesson -> lesson.slug().equals(slug)).findFirst()
                .map(CourseOutline.Lesson::title).orElse(slug);
    }

}
