package org.doorstep.course.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.doorstep.base.Formats;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Downloads;
import org.doorstep.base.ui.PhoneColumns;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.CourseCatalogueService;
import org.doorstep.course.CourseSummary;
import org.doorstep.course.CourseTransferService;
import org.doorstep.security.PersonalTime;
import org.jspecify.annotations.Nullable;

/**
 * Every course, paged from the database: title, lessons, latest version, drafts, retired or not. Content editors
 * create a course (blank or as a copy), retire one or take it out of retirement; everyone here opens a course in the
 * editor and exports it as YAML files in a zip, and imports such a zip.
 */
@Route("course/catalogue")
@Menu(order = 1.4, icon = "vaadin:records", title = "nav.catalogue")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class CourseCatalogueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CourseSummary> courses = new Grid<>();
    final Button create = new Button();
    final Button importZip = new Button();
    final Div selectedActions = new Div();
    final Button open = new Button();
    final Button copy = new Button();
    final Button retire = new Button();
    final Anchor exportPublished = new Anchor();
    final Anchor exportDrafts = new Anchor();

    private final CourseCatalogueService catalogue;
    private final CourseTransferService transfer;
    private final boolean contentEditor;
    private final Formats formats;

    public CourseCatalogueView(CourseCatalogueService catalogue, CourseTransferService transfer,
            CourseAuthoringService authoring, PersonalTime time) {
        this.catalogue = catalogue;
        this.transfer = transfer;
        this.contentEditor = authoring.mayPublish();
        this.formats = time.formats();
        addClassName("catalogue-view");
        create.setText(getTranslation("catalogue.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewCourseDialog(catalogue, null, this::opened).open());
        create.setVisible(contentEditor);
        importZip.setText(getTranslation("transfer.import"));
        importZip.setIcon(VaadinIcon.UPLOAD.create());
        importZip.addClickListener(click -> new CourseImportDialog(transfer, catalogue, contentEditor, selectedSlug(),
                this::imported).open());
        Div toolbar = new Div(create, importZip);
        toolbar.addClassName("catalogue-toolbar");

        var title = courses.addColumn(CourseSummary::title).setHeader(getTranslation("catalogue.title")).setFlexGrow(3)
                .setAutoWidth(false);
        courses.addColumn(CourseSummary::lessons).setHeader(getTranslation("catalogue.lessons")).setAutoWidth(true)
                .setFlexGrow(0);
        var version = courses.addColumn(this::published).setHeader(getTranslation("catalogue.published")).setFlexGrow(2);
        var state = courses.addColumn(this::state).setHeader(getTranslation("catalogue.state")).setFlexGrow(2);
        PhoneColumns.keepOnPhones(courses, List.of(title, version, state));
        courses.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        courses.setAriaLabel(getTranslation("nav.catalogue"));
        courses.setItems(query -> catalogue.courses(query.getOffset(), query.getLimit()).stream(), query -> catalogue.count());
        courses.setAllRowsVisible(true);
        courses.addSelectionListener(selection -> showActions(selection.getFirstSelectedItem().orElse(null)));
        courses.setPartNameGenerator(summary -> summary.retired() ? "retired" : null);

        open.setText(getTranslation("catalogue.open"));
        open.setIcon(VaadinIcon.EDIT.create());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> openInEditor(selected().slug()));
        copy.setText(getTranslation("catalogue.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.addClickListener(click -> new NewCourseDialog(catalogue, selected(), this::opened).open());
        copy.setVisible(contentEditor);
        retire.addClickListener(click -> confirmRetirement(selected()));
        retire.setVisible(contentEditor);
        exportPublished.setText(getTranslation("transfer.export.published"));
        exportPublished.addClassName("export-published");
        exportDrafts.setText(getTranslation("transfer.export.drafts"));
        exportDrafts.addClassName("export-drafts");
        selectedActions.addClassName("catalogue-actions");
        selectedActions.add(open, copy, retire, exportPublished, exportDrafts);
        selectedActions.setVisible(false);
        Paragraph intro = new Paragraph(getTranslation("catalogue.intro"));
        intro.addClassName("field-help");
        add(new H2(getTranslation("nav.catalogue")), intro, toolbar, courses, selectedActions);
    }

    private String published(CourseSummary summary) {
        return summary.published() && summary.publishedAt() != null
                ? getTranslation("catalogue.version", summary.version(), formats.moment(summary.publishedAt()))
                : getTranslation("catalogue.unpublished");
    }

    private String state(CourseSummary summary) {
        String use = getTranslation(summary.retired() ? "catalogue.retired" : "catalogue.in-use");
        return summary.drafts() ? use + " · " + getTranslation("catalogue.has-drafts") : use;
    }

    private CourseSummary selected() {
        return courses.asSingleSelect().getOptionalValue().orElseThrow();
    }

    private @Nullable String selectedSlug() {
        return courses.asSingleSelect().getOptionalValue().map(CourseSummary::slug).orElse(null);
    }

    private void showActions(@Nullable CourseSummary summary) {
        selectedActions.setVisible(summary != null);
        if (summary == null) {
            return;
        }
        String slug = summary.slug();
        retire.setText(getTranslation(summary.retired() ? "catalogue.reinstate" : "catalogue.retire"));
        retire.setIcon((summary.retired() ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE).create());
        exportPublished.setHref(Downloads.bytes(() -> transfer.exportPublished(slug),
                slug + "-v" + summary.version() + ".zip", "application/zip"));
        exportPublished.setVisible(summary.published());
        exportDrafts.setHref(Downloads.bytes(() -> transfer.exportDrafts(slug), slug + "-drafts.zip", "application/zip"));
        exportPublished.getElement().setAttribute("download", true);
        exportDrafts.getElement().setAttribute("download", true);
    }

    private void confirmRetirement(CourseSummary summary) {
        if (summary.retired()) {
            catalogue.reinstate(summary.slug());
            refreshKeeping(summary.slug(), getTranslation("catalogue.reinstated", summary.title()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("catalogue.retire.title", summary.title()),
                getTranslation("catalogue.retire.text"), getTranslation("catalogue.retire"), event -> {
                    catalogue.retire(summary.slug());
                    refreshKeeping(summary.slug(), getTranslation("catalogue.retired.done", summary.title()));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.cancel"));
        confirm.open();
    }

    /** Reloads the rows with the same course still chosen (its actions follow its new state). */
    private void refreshKeeping(String slug, String message) {
        courses.getDataProvider().refreshAll();
        courses.select(catalogue.course(slug));
        Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void imported(String slug) {
        refreshKeeping(slug, getTranslation("transfer.import.done", slug));
    }

    private void opened(String slug) {
        openInEditor(slug);
    }

    void openInEditor(String slug) {
        UI.getCurrent().navigate(AuthoringView.class, QueryParameters.of(AuthoringView.COURSE_PARAMETER, slug));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalogue");
    }
}
