package org.doorstep.exercise.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.Objects;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.BoundedUpload;
import org.doorstep.base.ui.Refusals;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ImportCounts;
import org.doorstep.exercise.ImportRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * Import: upload Connections.csv or the export zip, see what it would change, then confirm.
 * The upload waits in a temporary file (never in the session) until confirmed or dropped; the file and its
 * folder go whatever happens (stored, refused, cancelled, replaced, or the screen closed).
 */
@Route("exercise/import")
@RolesAllowed(Roles.TRAINEE)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int SKIPPED_SHOWN = 200;

    final Upload upload;
    final Div refusal = new Div();
    final Div preview = new Div();
    final Button confirm = new Button();
    final Button cancel = new Button();
    /** Off unless the trainee ticks it: their connections' addresses are other people's data, kept only if wanted. */
    final Checkbox keepEmails = new Checkbox();
    final ProgressBar storing = new ProgressBar();
    private final ExerciseService exercise;
    private final String tooLarge;
    private @Nullable Path pending;
    private @Nullable String pendingName;

    public ImportView(ExerciseService exercise) {
        this.exercise = exercise;
        addClassName("import-view");
        add(new H2(getTranslation("exercise.import.title")), new Paragraph(getTranslation("exercise.import.intro")));
        // The browser refuses a larger file too, but only the server's limit binds a crafted request.
        tooLarge = getTranslation("exercise.import.too-large", MAX_BYTES / 1024 / 1024);
        upload = new Upload(new BoundedUpload(MAX_BYTES, tooLarge, this::received, this::refusedAsTooLarge));
        upload.setAcceptedFileTypes(".csv", ".zip", "text/csv", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("exercise.import.drop")));
        upload.setUploadButton(new Button(getTranslation("exercise.import.choose")));
        upload.addFileRejectedListener(rejected -> showRefusal(getTranslation("exercise.import.rejected",
                rejected.getFileName(), MAX_BYTES / 1024 / 1024)));
        refusal.addClassName("import-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        preview.addClassName("import-preview");
        preview.setVisible(false);
        confirm.setText(getTranslation("exercise.import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> startStoring());
        keepEmails.setLabel(getTranslation("exercise.import.keep-emails"));
        keepEmails.setHelperText(getTranslation("exercise.import.keep-emails.help"));
        keepEmails.addClassName("keep-emails");
        cancel.setText(getTranslation("exercise.import.cancel"));
        cancel.addClickListener(click -> reset());
        storing.setIndeterminate(true);
        storing.setVisible(false);
        storing.getElement().setAttribute("aria-label", getTranslation("exercise.import.storing"));
        add(upload, refusal, preview, storing);
    }

    /** Parses the upload and shows what it would change; a refused file says why and keeps nothing. */
    void received(String fileName, Path file) {
        if (!isAttached()) {
            BoundedUpload.discard(file); // the screen closed while the file arrived
            return;
        }
        dropPending();
        refusal.setVisible(false);
        preview.setVisible(false);
        try {
            ImportCounts counts = exercise.preview(file, fileName);
            pending = file;
            pendingName = fileName;
            showPreview(counts);
            // The file waits on the server; the upload button is free for another choice.
            upload.clearFileList();
        } catch (ImportRefusedException refused) {
            delete(file);
            showRefusal(Refusals.message(refused));
            upload.clearFileList();
        }
    }

    /** The server's own limit stopped the upload (the browser's check was bypassed); nothing was kept. */
    void refusedAsTooLarge() {
        dropPending();
        preview.setVisible(false);
        showRefusal(tooLarge);
        upload.clearFileList();
    }

    private void showPreview(ImportCounts counts) {
        preview.removeAll();
        preview.add(new H3(getTranslation("exercise.import.preview", counts.fileName())));
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("exercise.import.new", counts.added())),
                new ListItem(getTranslation("exercise.import.updated", counts.updated())),
                new ListItem(getTranslation("exercise.import.unchanged", counts.unchanged())),
                new ListItem(getTranslation("exercise.import.gone", counts.gone())),
                new ListItem(getTranslation("exercise.import.skipped", counts.skipped().size())));
        list.addClassName("import-counts");
        preview.add(list);
        if (counts.resavedEncoding() != null) {
            Paragraph readAs = new Paragraph(getTranslation("exercise.import.read-as",
                    EncodingNames.forPeople(counts.resavedEncoding())));
            readAs.addClassName("import-read-as");
            preview.add(readAs);
        }
        if (counts.messagedMatched() > 0) {
            preview.add(new Paragraph(getTranslation("exercise.import.messaged", counts.messagedMatched())));
        }
        if (!counts.skipped().isEmpty()) {
            Grid<ImportCounts.SkippedLine> skipped = new Grid<>();
            skipped.addColumn(ImportCounts.SkippedLine::line).setHeader(getTranslation("exercise.import.line"))
                    .setWidth("6rem").setFlexGrow(0);
            skipped.addColumn(ImportCounts.SkippedLine::reason).setHeader(getTranslation("exercise.import.reason"));
            skipped.setItems(counts.skipped().subList(0, Math.min(SKIPPED_SHOWN, counts.skipped().size())));
            skipped.setAllRowsVisible(counts.skipped().size() <= 10);
            skipped.addClassName("skipped-rows");
            preview.add(skipped);
            if (counts.skipped().size() > SKIPPED_SHOWN) {
                preview.add(new Paragraph(getTranslation("exercise.import.more-skipped", counts.skipped().size() - SKIPPED_SHOWN)));
            }
        }
        keepEmails.setValue(false);
        Div actions = new Div(confirm, cancel);
        actions.addClassName("exercise-actions");
        // Importing no one would only mark every earlier connection as gone: say why instead of offering it.
        boolean nothingToImport = counts.total() == 0;
        if (nothingToImport) {
            Paragraph why = new Paragraph(getTranslation("exercise.import.nothing-to-import", counts.skipped().size()));
            why.addClassName("nothing-to-import");
            preview.add(why);
        }
        confirm.setVisible(!nothingToImport);
        keepEmails.setVisible(!nothingToImport);
        preview.add(keepEmails, actions);
        confirm.setEnabled(true);
        preview.setVisible(true);
    }

    /** Shows the progress bar first, then stores in the next round trip, so the trainee sees it working. */
    private void startStoring() {
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        storing.setVisible(true);
        getElement().executeJs("return 0").then(ignored -> store());
    }

    void store() {
        try {
            ImportCounts stored = exercise.importFile(Objects.requireNonNull(pending, "store follows a received file"),
                    Objects.requireNonNull(pendingName), keepEmails.getValue());
            Notification done = Notification.show(getTranslation("exercise.import.done", stored.total(), stored.gone()),
                    6000, Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            dropPending();
            getUI().ifPresent(ui -> ui.navigate(ExerciseView.class));
        } catch (ImportRefusedException refused) {
            showRefusal(Refusals.message(refused));
        } finally {
            storing.setVisible(false);
            cancel.setEnabled(true);
        }
    }


    private void showRefusal(String message) {
        refusal.removeAll();
        refusal.add(new Paragraph(message), new Paragraph(getTranslation("exercise.import.nothing-stored")));
        refusal.setVisible(true);
    }

    private void reset() {
        dropPending();
        preview.setVisible(false);
        upload.clearFileList();
    }

    private void dropPending() {
        if (pending != null) {
            delete(pending);
            pending = null;
            pendingName = null;
        }
    }

    private static void delete(Path file) {
        BoundedUpload.discard(file);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        dropPending();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercise.import.title");
    }
}
