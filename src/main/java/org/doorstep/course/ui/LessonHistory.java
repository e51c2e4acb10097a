package org.doorstep.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.doorstep.base.Formats;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.LessonVersion;
import org.jspecify.annotations.Nullable;

/**
 * The versions in which a lesson's text changed, newest first, paged from the database: who published each and
 * when; compare one with the text being edited, or restore it as the draft.
 */
class LessonHistory extends Div {

    final Grid<LessonVersion> versions = new Grid<>();
    private final CourseAuthoringService authoring;
    private final Formats formats;
    private final IntConsumer compare;
    private final IntConsumer restored;
    /** The lesson shown; null until {@link #show}, before which there are no rows to restore. */
    private @Nullable String lessonSlug;
    private String course = "";

    LessonHistory(CourseAuthoringService authoring, Formats formats, IntConsumer compare, IntConsumer restored) {
        this.authoring = authoring;
        this.formats = formats;
        this.compare = compare;
        this.restored = restored;
        addClassName("lesson-history");
        Paragraph help = new Paragraph(getTranslation("authoring.history.help"));
        help.addClassName("field-help");
        versions.addColumn(this::describe).setHeader(getTranslation("authoring.history.version")).setFlexGrow(1)
                .setAutoWidth(false);
        versions.addComponentColumn(this::actions).setHeader(getTranslation("authoring.history.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        versions.setHeight("14rem");
        versions.setAriaLabel(getTranslation("authoring.history.title"));
        add(help, versions);
    }

    void show(String courseSlug, String slug) {
        course = courseSlug;
        lessonSlug = slug;
        versions.setItems(query -> authoring.history(courseSlug, slug, query.getOffset(), query.getLimit()).stream(),
                query -> authoring.historyCount(courseSlug, slug));
    }

    private String describe(LessonVersion version) {
        String who = version.fromFiles() ? getTranslation("authoring.history.files")
                : version.publishedBy() == null ? getTranslation("authoring.review.someone") : version.publishedBy();
        return getTranslation("authoring.history.row", version.version(), formats.moment(version.publishedAt()), who);
    }

    private Div actions(LessonVersion version) {
        Button compareButton = new Button(getTranslation("authoring.history.compare"), click -> compare.accept(version.version()));
        compareButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        compareButton.addClassName("history-compare");
        compareButton.setAriaLabel(getTranslation("authoring.history.compare.label", version.version()));
        Button restoreButton = new Button(getTranslation("authoring.history.restore"), click -> confirmRestore(version.version()));
        restoreButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restoreButton.addClassName("history-restore");
        restoreButton.setAriaLabel(getTranslation("authoring.history.restore.label", version.version()));
        Div buttons = new Div(compareButton, restoreButton);
        buttons.addClassName("history-actions");
        return buttons;
    }

    private void confirmRestore(int version) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.history.restore.title", version),
                getTranslation("authoring.history.restore.text"), getTranslation("authoring.history.restore"),
                event -> restore(version));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.cancel"));
        confirm.open();
    }

    void restore(int version) {
        authoring.restore(course, Objects.requireNonNull(lessonSlug, "no lesson shown"), version);
        restored.accept(version);
    }
}
