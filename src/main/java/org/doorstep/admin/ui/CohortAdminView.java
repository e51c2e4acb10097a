package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorstep.admin.CohortRow;
import org.doorstep.course.CourseChoice;
import org.doorstep.admin.DirectoryAdministration;
import org.doorstep.admin.OrganisationRow;
import org.doorstep.admin.PersonRef;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PhoneColumns;
import org.doorstep.base.ui.Refusals;
import org.doorstep.security.CohortDirectory;
import org.jspecify.annotations.Nullable;

/** Every cohort, paged from the database: create one, and give a cohort its trainer and its course. */
@Route("admin/cohorts")
@RolesAllowed(Roles.ADMIN)
public class CohortAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CohortRow> cohorts = new Grid<>();
    final TextField name = new TextField();
    final Select<OrganisationRow> organisation = new Select<>();
    final ComboBox<PersonRef> trainer = new ComboBox<>();
    final Button create = new Button();
    final Paragraph chosen = new Paragraph();
    final ComboBox<PersonRef> newTrainer = new ComboBox<>();
    final Button assign = new Button();
    final Button newCode = new Button();
    final Checkbox openToAll = new Checkbox();
    final Select<CourseChoice> course = new Select<>();
    private final DirectoryAdministration directory;
    private final Map<String, String> courseTitles;

    public CohortAdminView(DirectoryAdministration directory) {
        this.directory = directory;
        this.courseTitles = directory.courseTitles();
        addClassName("admin-view");
        configureGrid();
        name.setLabel(getTranslation("admin.cohorts.name"));
        name.setMaxLength(CohortDirectory.MAX_COHORT_NAME);
        organisation.setLabel(getTranslation("admin.cohorts.organisation"));
        organisation.setItems(directory.organisations());
        organisation.setItemLabelGenerator(OrganisationRow::name);
        if (directory.organisations().size() == 1) {
            organisation.setValue(directory.organisations().getFirst());
        }
        trainers(trainer, getTranslation("admin.cohorts.trainer"));
        trainer.setHelperText(getTranslation("admin.cohorts.trainer.help"));
        create.setText(getTranslation("admin.cohorts.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        trainers(newTrainer, "");
        assign.setText(getTranslation("admin.cohorts.assign"));
        assign.addClickListener(click -> assign());
        newCode.setText(getTranslation("admin.cohorts.new-code"));
        newCode.addClickListener(click -> newCode());
        openToAll.setLabel(getTranslation("admin.cohorts.open-to-all"));
        openToAll.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                openToAll(change.getValue());
            }
        });
        course.setLabel(getTranslation("admin.cohorts.course"));
        course.setHelperText(getTranslation("admin.cohorts.course.help"));
        course.setItemLabelGenerator(CourseChoice::title);
        // Wide enough for a whole course title on a phone as on a desktop.
        course.setWidthFull();
        course.setMaxWidth("26rem");
        course.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                course(change.getValue());
            }
        });
        cohorts.asSingleSelect().addValueChangeListener(change -> chosen(change.getValue()));

        Div assignSection = new Div(new H3(getTranslation("admin.cohorts.assign.title")), chosen, newTrainer, assign,
                new Div(newCode), openToAll, new Div(course));
        assignSection.addClassName("admin-section");
        Div createSection = new Div(new H3(getTranslation("admin.cohorts.new")), name, organisation, trainer, create);
        createSection.addClassName("admin-section");
        Div sections = new Div(assignSection, createSection);
        sections.addClassName("admin-sections");
        add(new AdminTabs(CohortAdminView.class), cohorts, sections);
        chosen(null);
    }

    private void configureGrid() {
        var name = cohorts.addColumn(CohortRow::name).setHeader(getTranslation("admin.cohorts.column.name")).setFlexGrow(3);
        cohorts.addColumn(CohortRow::organisation).setHeader(getTranslation("admin.cohorts.column.organisation")).setFlexGrow(2);
        var code = cohorts.addColumn(CohortRow::joinCode).setHeader(getTranslation("admin.cohorts.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        cohorts.addColumn(c -> c.trainer() == null ? getTranslation("admin.cohorts.no-trainer") : c.trainer())
                .setHeader(getTranslation("admin.cohorts.column.trainer")).setFlexGrow(2);
        cohorts.addColumn(c -> courseTitles.getOrDefault(c.courseSlug(), c.courseSlug()))
                .setHeader(getTranslation("admin.cohorts.column.course")).setFlexGrow(2);
        var members = cohorts.addColumn(CohortRow::members).setHeader(getTranslation("admin.cohorts.column.members"))
                .setAutoWidth(true).setFlexGrow(0);
        // On a phone: name, code and size; the chosen cohort's panel below shows its trainer and course.
        PhoneColumns.keepOnPhones(cohorts, List.of(name, code, members));
        cohorts.setPageSize(50);
        cohorts.setItems(query -> directory.cohorts(query.getOffset(), query.getLimit()).stream(), query -> directory.countCohorts());
        cohorts.setHeight("18rem");
    }

    /** A trainer chooser that pages active trainers from the database as the administrator types. */
    private void trainers(ComboBox<PersonRef> box, String label) {
        box.setLabel(label);
        box.setItems(query -> directory.trainers(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> directory.countTrainers(query.getFilter().orElse("")));
        box.setItemLabelGenerator(person -> getTranslation("admin.trainer.item", person.displayName(), person.username()));
        box.setClearButtonVisible(true);
        box.setMinWidth("16rem");
    }

    private void chosen(@Nullable CohortRow cohort) {
        newTrainer.setVisible(cohort != null);
        assign.setVisible(cohort != null);
        newCode.setVisible(cohort != null);
        openToAll.setVisible(cohort != null);
        openToAll.setValue(cohort != null && cohort.openToAll());
        course.setVisible(cohort != null);
        if (cohort != null) {
            // The cohort's own course stays listed even when retired, so the chooser always shows what it takes.
            List<CourseChoice> choices = new ArrayList<>(directory.courses());
            if (choices.stream().noneMatch(choice -> choice.slug().equals(cohort.courseSlug()))) {
                choices.add(new CourseChoice(cohort.courseSlug(),
                        courseTitles.getOrDefault(cohort.courseSlug(), cohort.courseSlug()), true));
            }
            course.setItems(choices);
            choices.stream().filter(choice -> choice.slug().equals(cohort.courseSlug())).findFirst()
                    .ifPresent(course::setValue);
        }
        chosen.setText(cohort == null ? getTranslation("admin.cohorts.assign.choose")
                : getTranslation("admin.cohorts.assign.label", cohort.name()));
        newTrainer.clear();
        newTrainer.setInvalid(false);
    }

    private void create() {
        name.setInvalid(false);
        organisation.setInvalid(false);
        trainer.setInvalid(false);
        try {
            if (organisation.getValue() == null) {
                throw new Refusal("organisation", "admin.user.organisation.missing");
            }
            CohortRow created = directory.createCohort(organisation.getValue().id(), name.getValue(),
                    trainer.getValue() == null ? null : trainer.getValue().id());
            done(getTranslation("admin.cohorts.created", created.name(), created.joinCode()));
            name.clear();
            trainer.clear();
            cohorts.getDataProvider().refreshAll();
        } catch (Refusal refused) {
            var field = switch (refused.field()) {
                case "organisation" -> organisation;
                case "trainer" -> trainer;
                default -> name;
            };
            field.setErrorMessage(Refusals.message(refused));
            field.setInvalid(true);
        }
    }

    /** A fresh join code for the chosen cohort; the old one stops working. */
    void newCode() {
        CohortRow cohort = cohorts.asSingleSelect().getValue();
        String code = directory.newJoinCode(cohort.id());
        done(getTranslation("admin.cohorts.new-code.done", cohort.name(), code));
        cohorts.getDataProvider().refreshAll();
    }

    void openToAll(boolean open) {
        CohortRow cohort = cohorts.asSingleSelect().getValue();
        directory.setOpenToAll(cohort.id(), open);
        done(getTranslation(open ? "admin.cohorts.opened" : "admin.cohorts.closed", cohort.name()));
        cohorts.getDataProvider().refreshAll();
    }

    /** Gives the chosen cohort another course at once; everyone keeps their progress in both. */
    void course(CourseChoice choice) {
        CohortRow cohort = cohorts.asSingleSelect().getValue();
        try {
            directory.setCourse(cohort.id(), choice.slug());
        } catch (Refusal refused) {
            course.setErrorMessage(Refusals.message(refused));
            course.setInvalid(true);
            return;
        }
        course.setInvalid(false);
        done(getTranslation("admin.cohorts.course.changed", cohort.name(), choice.title()));
        cohorts.getDataProvider().refreshAll();
    }

    private void assign() {
        CohortRow cohort = cohorts.asSingleSelect().getValue();
        if (newTrainer.getValue() == null) {
            newTrainer.setErrorMessage(getTranslation("admin.cohort.trainer.required"));
            newTrainer.setInvalid(true);
            return;
        }
        PersonRef person = newTrainer.getValue();
        try {
            directory.assignTrainer(cohort.id(), person.id());
        } catch (Refusal refused) {
            newTrainer.setErrorMessage(Refusals.message(refused));
            newTrainer.setInvalid(true);
            return;
        }
        done(getTranslation("admin.cohorts.assigned", person.displayName(), cohort.name()));
        cohorts.getDataProvider().refreshAll();
        cohorts.deselectAll();
    }

    private static void done(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title.cohorts");
    }
}
