package org.doorstep.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import org.doorstep.base.Refusal;
import org.doorstep.base.ui.Refusals;
import org.doorstep.course.CourseCatalogueService;
import org.doorstep.course.CourseSummary;
import org.jspecify.annotations.Nullable;

/**
 * A new course, blank or as a copy of another's published lessons (they become its drafts): a title, and a slug made
 * from it (unique, editable) that names the course in addresses and exports.
 */
class NewCourseDialog extends Dialog {

    final TextField title = new TextField();
    final TextField slug = new TextField();
    final Button create = new Button();
    /** Whether the author typed the slug; until then it follows the title. */
    private boolean slugTyped;

    NewCourseDialog(CourseCatalogueService catalogue, @Nullable CourseSummary from, SerializableConsumer<String> created) {
        addClassName("new-course-dialog");
        setHeaderTitle(from == null ? getTranslation("catalogue.create.title")
                : getTranslation("catalogue.copy.title", from.title()));
        title.setLabel(getTranslation("catalogue.title"));
        title.setRequired(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(change -> {
            if (!slugTyped && !change.getValue().isBlank()) {
                slug.setValue(catalogue.suggestSlug(change.getValue()));
            }
        });
        slug.setLabel(getTranslation("catalogue.slug"));
        slug.setHelperText(getTranslation("catalogue.slug.help"));
        slug.setPattern("[a-z0-9]+(-[a-z0-9]+)*");
        slug.setMaxLength(63);
        slug.setWidthFull();
        slug.addValueChangeListener(change -> slugTyped |= change.isFromClient());
        if (from != null) {
            title.setValue(getTranslation("catalogue.copy.default-title", from.title()));
        }
        create.setText(getTranslation(from == null ? "catalogue.create" : "catalogue.copy"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                String made = from == null ? catalogue.create(title.getValue(), slug.getValue())
                        : catalogue.copy(from.slug(), title.getValue(), slug.getValue());
                close();
                created.accept(made);
            } catch (Refusal refused) {
                TextField field = "title".equals(refused.field()) ? title : slug;
                field.setErrorMessage(Refusals.message(refused));
                field.setInvalid(true);
            }
        });
        Button cancel = new Button(getTranslation("authoring.cancel"), click -> close());
        VerticalLayout fields = new VerticalLayout(new Paragraph(getTranslation(from == null
                ? "catalogue.create.help" : "catalogue.copy.help")), title, slug);
        fields.setPadding(false);
        add(fields);
        getFooter().add(cancel, create);
        setWidth("min(100vw, 32rem)");
    }
}
