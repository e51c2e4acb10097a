package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;
import org.doorstep.admin.DirectoryAdministration;
import org.doorstep.admin.OrganisationRow;
import org.doorstep.admin.TeamRow;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Refusals;
import org.jspecify.annotations.Nullable;

/** Organisations and their teams: create and rename both. Few enough to list whole. */
@Route("admin/organisations")
@RolesAllowed(Roles.ADMIN)
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OrganisationRow> organisations = new Grid<>();
    final TextField newOrganisation = new TextField();
    final Button createOrganisation = new Button();
    final TextField organisationName = new TextField();
    final Button renameOrganisation = new Button();
    final Paragraph teamsHeading = new Paragraph();
    final Grid<TeamRow> teams = new Grid<>();
    final TextField newTeam = new TextField();
    final Button createTeam = new Button();
    final TextField teamName = new TextField();
    final Button renameTeam = new Button();
    final Div teamControls = new Div();
    private final DirectoryAdministration directory;

    public OrganisationsView(DirectoryAdministration directory) {
        this.directory = directory;
        addClassName("admin-view");
        organisations.addColumn(OrganisationRow::name).setHeader(getTranslation("admin.organisations.column.name")).setFlexGrow(3);
        organisations.addColumn(OrganisationRow::teams).setHeader(getTranslation("admin.organisations.column.teams"));
        organisations.addColumn(OrganisationRow::users).setHeader(getTranslation("admin.organisations.column.users"));
        organisations.setAllRowsVisible(true);
        organisations.asSingleSelect().addValueChangeListener(change -> organisationChosen(change.getValue()));
        newOrganisation.setLabel(getTranslation("admin.organisations.new"));
        createOrganisation.setText(getTranslation("admin.organisations.create"));
        createOrganisation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createOrganisation.addClickListener(click -> save(newOrganisation, name -> {
            long id = directory.createOrganisation(name);
            newOrganisation.clear();
            reloadOrganisations(id);
        }));
        renameOrganisation.setText(getTranslation("admin.organisations.rename"));
        renameOrganisation.addClickListener(click -> save(organisationName, name -> {
            long id = chosenOrganisation().id();
            directory.renameOrganisation(id, name);
            reloadOrganisations(id);
        }));

        teams.addColumn(TeamRow::name).setHeader(getTranslation("admin.teams.column.name")).setFlexGrow(3);
        teams.addColumn(TeamRow::members).setHeader(getTranslation("admin.teams.column.members"));
        teams.addColumn(TeamRow::managers).setHeader(getTranslation("admin.teams.column.managers"));
        teams.setAllRowsVisible(true);
        teams.asSingleSelect().addValueChangeListener(change -> teamChosen(change.getValue()));
        newTeam.setLabel(getTranslation("admin.teams.new"));
        createTeam.setText(getTranslation("admin.teams.create"));
        createTeam.addClickListener(click -> save(newTeam, name -> {
            directory.createTeam(chosenOrganisation().id(), name);
            newTeam.clear();
            reloadOrganisations(chosenOrganisation().id());
        }));
        renameTeam.setText(getTranslation("admin.teams.rename"));
        renameTeam.addClickListener(click -> save(teamName, name -> {
            directory.renameTeam(teams.asSingleSelect().getValue().id(), name);
            reloadOrganisations(chosenOrganisation().id());
        }));

        Div left = new Div(new H3(getTranslation("admin.organisations.title")), organisations,
                row(newOrganisation, createOrganisation), row(organisationName, renameOrganisation));
        Paragraph teamsHelp = new Paragraph(getTranslation("admin.teams.help"));
        teamsHelp.addClassName("field-help");
        teamControls.add(teams, row(newTeam, createTeam), row(teamName, renameTeam), teamsHelp);
        Div right = new Div(new H3(getTranslation("admin.teams.title")), teamsHeading, teamControls);
        Div columns = new Div(left, right);
        columns.addClassName("admin-columns");
        add(new AdminTabs(OrganisationsView.class), columns);
        reloadOrganisations(null);
    }

    private static Div row(com.vaadin.flow.component.Component... parts) {
        Div row = new Div(parts);
        row.addClassName("admin-filters");
        return row;
    }

    private void reloadOrganisations(@Nullable Long select) {
        var all = directory.organisations();
        organisations.setItems(all);
        all.stream().filter(o -> select != null && o.id() == select).findFirst()
                .ifPresentOrElse(organisations::select, () -> organisationChosen(null));
    }

    private OrganisationRow chosenOrganisation() {
        return organisations.asSingleSelect().getValue();
    }

    private void organisationChosen(@Nullable OrganisationRow organisation) {
        organisationName.setVisible(organisation != null);
        renameOrganisation.setVisible(organisation != null);
        teamControls.setVisible(organisation != null);
        if (organisation == null) {
            teamsHeading.setText(getTranslation("admin.teams.choose"));
            return;
        }
        organisationName.setLabel(getTranslation("admin.organisations.rename.label", organisation.name()));
        organisationName.setValue(organisation.name());
        teamsHeading.setText(getTranslation("admin.teams.of", organisation.name()));
        teams.setItems(directory.teams(organisation.id()));
        teamChosen(null);
    }

    private void teamChosen(@Nullable TeamRow team) {
        teamName.setVisible(team != null);
        renameTeam.setVisible(team != null);
        if (team != null) {
            teamName.setLabel(getTranslation("admin.teams.rename.label", team.name()));
            teamName.setValue(team.name());
        }
    }

    /** Runs a change with the field's text; a refusal shows on the field. */
    private void save(TextField field, Consumer<String> change) {
        try {
            change.accept(field.getValue());
            field.setInvalid(false);
        } catch (Refusal refused) {
            field.setErrorMessage(Refusals.message(refused));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title.organisations");
    }
}
