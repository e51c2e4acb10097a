package org.doorstep.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import java.nio.file.Path;
import java.util.List;
import org.doorstep.base.Refusal;
import org.doorstep.base.ui.BoundedUpload;
import org.doorstep.base.ui.Refusals;
import org.doorstep.course.CourseCatalogueService;
import org.doorstep.course.CourseSummary;
import org.doorstep.course.CourseTransferService;
import org.doorstep.course.InvalidContentException;
import org.jspecify.annotations.Nullable;

/**
 * Imports a zip of course YAML (course.yaml and lessons/{slug}.yaml) as a new course or as the drafts of one; each
 * problem is listed with its file and place, and then nothing is stored. The file is deleted once read.
 */
class CourseImportDialog extends Dialog {

    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final String AS_NEW = "new";
    static final String AS_DRAFTS = "drafts";

    final RadioButtonGroup<String> target = new RadioButtonGroup<>();
    final ComboBox<CourseSummary> course = new ComboBox<>();
    final Upload upload;
    final Span outcome = new Span();
    final UnorderedList problems = new UnorderedList();
    private final CourseTransferService transfer;
    private final SerializableConsumer<String> imported;

    CourseImportDialog(CourseTransferService transfer, CourseCatalogueService catalogue, boolean contentEditor,
            @Nullable String selected, SerializableConsumer<String> imported) {
        this.transfer = transfer;
        this.imported = imported;
        addClassName("course-import-dialog");
        setHeaderTitle(getTranslation("transfer.import.title"));
        target.setLabel(getTranslation("transfer.import.as"));
        target.setItems(contentEditor ? List.of(AS_NEW, AS_DRAFTS) : List.of(AS_DRAFTS));
        target.setItemLabelGenerator(item -> getTranslation("transfer.import." + item));
        target.setValue(contentEditor && selected == null ? AS_NEW : AS_DRAFTS);
        List<CourseSummary> courses = catalogue.courses(0, AuthoringView.COURSE_CHOICES);
        course.setLabel(getTranslation("authoring.course"));
        course.setItems(courses);
        course.setItemLabelGenerator(CourseSummary::title);
        courses.stream().filter(summary -> summary.slug().equals(selected)).findFirst().ifPresent(course::setValue);
        course.setVisible(AS_DRAFTS.equals(target.getValue()));
        target.addValueChangeListener(change -> course.setVisible(AS_DRAFTS.equals(change.getValue())));
        String tooLarge = getTranslation("transfer.import.too-large", MAX_BYTES / 1024 / 1024);
        upload = new Upload(new BoundedUpload(MAX_BYTES, tooLarge, this::received, () -> refuse(tooLarge)));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(rejected -> refuse(tooLarge));
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("import-outcome");
        problems.addClassName("content-problems");
        problems.setVisible(false);
        add(new Paragraph(getTranslation("transfer.import.help")), target, course, upload, outcome, problems);
        getFooter().add(new Button(getTranslation("transfer.close"), click -> close()));
        setWidth("min(100vw, 40rem)");
    }

    /** Reads the zip into the chosen course (or a new one); the problems, if any, are listed and nothing is kept. */
    void received(String fileName, Path file) {
        problems.removeAll();
        problems.setVisible(false);
        try {
            String slug;
            if (AS_NEW.equals(target.getValue())) {
                slug = transfer.importAsNewCourse(file, fileName);
            } else {
                CourseSummary into = course.getValue();
                if (into == null) {
                    refuse(getTranslation("transfer.import.choose-course"));
                    return;
                }
                transfer.importAsDrafts(into.slug(), file, fileName);
                slug = into.slug();
            }
            close();
            imported.accept(slug);
        } catch (InvalidContentException invalid) {
            refuse(getTranslation("transfer.import.invalid", invalid.problems().size()));
            problems.setVisible(true);
            invalid.problems().forEach(problem -> problems.add(new ListItem(problem.toString())));
        } catch (Refusal refused) {
            refuse(Refusals.message(refused));
        } finally {
            BoundedUpload.discard(file);
            upload.clearFileList();
        }
    }

    private void refuse(String message) {
        outcome.setText(message);
        outcome.addClassName("import-refused");
    }
}
