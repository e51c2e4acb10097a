package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.UUID;
import java.util.stream.IntStream;
import org.doorstep.KaribuTest;
import org.doorstep.admin.OrganisationRow;
import org.doorstep.admin.TeamRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Organisations and their teams: created, renamed, duplicates refused, each change audited. */
class OrganisationsViewTest extends KaribuTest {

    private OrganisationsView view;
    private JdbcTemplate jdbc;
    private String suffix;

    @BeforeEach
    void thePage() {
        jdbc = context.getBean(JdbcTemplate.class);
        suffix = UUID.randomUUID().toString().substring(0, 6);
        signInAs("admin");
        navigate("admin/organisations");
        view = _get(OrganisationsView.class);
    }

    private java.util.List<String> organisationNames() {
        return IntStream.range(0, GridKt._size(view.organisations)).mapToObj(i -> GridKt._get(view.organisations, i).name()).toList();
    }

    private java.util.List<String> teamNames() {
        return IntStream.range(0, GridKt._size(view.teams)).mapToObj(i -> GridKt._get(view.teams, i).name()).toList();
    }

    private OrganisationRow created(String name) {
        userSets(view.newOrganisation, name);
        _click(view.createOrganisation);
        return view.organisations.asSingleSelect().getValue();
    }

    @Test
    void until_an_organisation_is_chosen_its_teams_are_not_offered() {
        assertThat(organisationNames()).contains("Doorstep Demo Ltd");
        assertThat(view.teamsHeading.getText()).isEqualTo("Choose an organisation in the list to see and add its teams.");
        assertThat(view.teamControls.isVisible()).isFalse();
    }

    @Test
    void a_new_organisation_is_listed_chosen_and_audited() {
        OrganisationRow made = created("Harbour Logistics " + suffix);
        assertThat(made.name()).isEqualTo("Harbour Logistics " + suffix);
        assertThat(organisationNames()).contains("Harbour Logistics " + suffix);
        assertThat(view.teamsHeading.getText()).isEqualTo("Teams of Harbour Logistics " + suffix);
        assertThat(jdbc.queryForList("select details from audit_event where action = 'ORGANISATION_CHANGED' and details like ?",
                String.class, "%" + suffix)).containsExactly("Created organisation Harbour Logistics " + suffix);
    }

    @Test
    void an_organisation_with_a_taken_name_in_another_case_is_refused_on_the_field() {
        userSets(view.newOrganisation, "doorstep demo LTD");
        _click(view.createOrganisation);
        assertThat(view.newOrganisation.isInvalid()).isTrue();
        assertThat(view.newOrganisation.getErrorMessage()).isEqualTo("An organisation with that name exists already.");
    }

    @Test
    void an_empty_name_is_refused() {
        userSets(view.newOrganisation, "   ");
        _click(view.createOrganisation);
        assertThat(view.newOrganisation.getErrorMessage()).isEqualTo("Give it a name of 1 to 80 characters.");
    }

    @Test
    void renaming_an_organisation_keeps_it_chosen_under_its_new_name() {
        created("Old Name " + suffix);
        userSets(view.organisationName, "New Name " + suffix);
        _click(view.renameOrganisation);
        assertThat(organisationNames()).contains("New Name " + suffix).doesNotContain("Old Name " + suffix);
        assertThat(view.organisations.asSingleSelect().getValue().name()).isEqualTo("New Name " + suffix);
    }

    @Test
    void teams_are_created_and_renamed_within_the_chosen_organisation() {
        created("Teamful " + suffix);
        userSets(view.newTeam, "Field Sales");
        _click(view.createTeam);
        assertThat(teamNames()).containsExactly("Field Sales");
        assertThat(view.organisations.asSingleSelect().getValue().teams()).isEqualTo(1);

        userSets(view.newTeam, "field sales");
        _click(view.createTeam);
        assertThat(view.newTeam.getErrorMessage()).isEqualTo("This organisation has a team with that name already.");

        TeamRow team = GridKt._get(view.teams, 0);
        view.teams.select(team);
        userSets(view.teamName, "Inside Sales");
        _click(view.renameTeam);
        assertThat(teamNames()).containsExactly("Inside Sales");
        assertThat(jdbc.queryForList("select details from audit_event where action = 'TEAM_CHANGED' and details like ?",
                String.class, "%Teamful " + suffix)).containsExactly("Created team Field Sales in Teamful " + suffix,
                "Renamed team Field Sales → Inside Sales in Teamful " + suffix);
    }
}
