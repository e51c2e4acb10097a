package org.doorstep.course.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.doorstep.base.Roles;
import org.doorstep.course.ContentProblem;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.Lesson;
import org.doorstep.course.LessonSource;
import org.jspecify.annotations.Nullable;

/**
 * Trainers and admins edit a lesson's text (YAML, saved as a draft while they type), check it,
 * preview it exactly as trainees will see it, and publish it as a new course version.
 */
@Route("course/authoring")
@Menu(order = 1.5, icon = "vaadin:edit", title = "nav.authoring")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class AuthoringView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<LessonSource> lessonChooser = new ComboBox<>();
    final TextArea editor = new TextArea();
    final Span status = new Span();
    final UnorderedList problems = new UnorderedList();
    final Button check = new Button();
    final Button preview = new Button();
    final Button publish = new Button();
    final Button discard = new Button();

    private final CourseAuthoringService authoring;
    private @Nullable LessonSource current;

    public AuthoringView(CourseAuthoringService authoring) {
        this.authoring = authoring;
        addClassName("authoring-view");
        add(new H2(getTranslation("nav.authoring")), help());

        lessonChooser.setLabel(getTranslation("authoring.lesson"));
        lessonChooser.setItemLabelGenerator(lesson -> lesson.title()
                + (lesson.draft() ? " — " + getTranslation("authoring.has-draft") : ""));
        lessonChooser.setItems(authoring.lessons());
        lessonChooser.setWidth("min(100%, 32rem)");
        lessonChooser.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load(change.getValue().slug());
            }
        });

        editor.setLabel(getTranslation("authoring.editor"));
        editor.setWidthFull();
        editor.setMinRows(18);
        editor.setMaxRows(40);
        editor.addClassName("yaml-editor");
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setValueChangeTimeout(1500);
        editor.addValueChangeListener(change -> {
            if (change.isFromClient() && current != null) {
                authoring.saveDraft(current.slug(), change.getValue());
                status.setText(getTranslation("authoring.status.draft-saved"));
                discard.setEnabled(true);
            }
        });
        editor.setVisible(false);

        check.setText(getTranslation("authoring.check"));
        check.addClickListener(click -> showProblems(authoring.check(chosen().slug(), editor.getValue())));
        preview.setText(getTranslation("authoring.preview"));
        preview.setIcon(VaadinIcon.EYE.create());
        preview.addClickListener(click -> openPreview());
        preview.addClickShortcut(Key.KEY_P, KeyModifier.ALT);
        publish.setText(getTranslation("authoring.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> confirmPublish());
        discard.setText(getTranslation("authoring.discard"));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> {
            authoring.discardDraft(chosen().slug());
            load(chosen().slug());
        });
        Div actions = new Div(check, preview, publish, discard);
        actions.addClassName("authoring-actions");
        actions.setVisible(false);
        status.addClassName("authoring-status");
        status.getElement().setAttribute("aria-live", "polite");
        problems.addClassName("content-problems");
        // The actions sit above the long text, so Preview and Publish never need a scroll.
        add(lessonChooser, actions, status, problems, editor);
    }

    /** The actions show only once a lesson is chosen (and loaded). */
    private LessonSource chosen() {
        return Objects.requireNonNull(current, "no lesson chosen");
    }

    private Paragraph help() {
        Paragraph help = new Paragraph(getTranslation("authoring.help") + " ");
        help.add(new Anchor("https://yaml.org/spec/1.2.2/", getTranslation("authoring.help.yaml")));
        help.addClassName("authoring-help");
        return help;
    }

    void load(String slug) {
        current = authoring.source(slug);
        editor.setValue(chosen().source());
        editor.setVisible(true);
        problems.removeAll();
        status.setText(getTranslation(chosen().draft() ? "authoring.status.draft" : "authoring.status.published",
                chosen().publishedVersion()));
        getChildren().filter(child -> child.hasClassName("authoring-actions")).forEach(child -> child.setVisible(true));
        discard.setEnabled(chosen().draft());
    }

    private boolean showProblems(List<ContentProblem> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            status.setText(getTranslation("authoring.status.valid"));
            return true;
        }
        status.setText(getTranslation("authoring.status.invalid", found.size()));
        found.forEach(problem -> problems.add(new ListItem(
                (problem.place().isEmpty() ? "" : problem.place() + ": ") + problem.problem())));
        return false;
    }

    private void openPreview() {
        if (!showProblems(authoring.check(chosen().slug(), editor.getValue()))) {
            return;
        }
        Lesson lesson = authoring.preview(chosen().slug(), editor.getValue());
        Dialog dialog = new Dialog();
        dialog.addClassName("preview-dialog");
        dialog.setHeaderTitle(getTranslation("authoring.preview.title"));
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> dialog.close());
        close.setAriaLabel(getTranslation("authoring.preview.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getHeader().add(close);
        dialog.add(new LessonPlayer(lesson, Map.of(), lesson.steps().getFirst().id(), new PreviewPlay(lesson),
                open -> dialog.close()));
        dialog.setWidth("min(100vw, 56rem)");
        dialog.open();
    }

    private void confirmPublish() {
        if (!showProblems(authoring.check(chosen().slug(), editor.getValue()))) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.publish.title"),
                getTranslation("authoring.publish.text", chosen().publishedVersion() + 1),
                getTranslation("authoring.publish"), event -> doPublish());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.cancel"));
        confirm.open();
    }

    void doPublish() {
        int version = authoring.publish(chosen().slug(), editor.getValue());
        Notification note = Notification.show(getTranslation("authoring.published", version), 5000,
                Notification.Position.BOTTOM_CENTER);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        lessonChooser.setItems(authoring.lessons());
        load(chosen().slug());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.authoring");
    }
}
