package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.doorstep.admin.DirectoryAdministration;
import org.doorstep.admin.TeamRow;
import org.doorstep.admin.UserAdministration;
import org.doorstep.admin.UserDetail;
import org.doorstep.base.Refusal;
import org.doorstep.base.ui.Refusals;

/** The teams of the account's organisation it is in and manages. */
class TeamsSection extends Div {

    final MultiSelectComboBox<TeamRow> memberOf = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TeamRow> managerOf = new MultiSelectComboBox<>();
    final Button save = new Button();

    TeamsSection(UserDetail user, UserAdministration users, DirectoryAdministration directory, Consumer<String> saved) {
        addClassName("admin-section");
        add(new H3(getTranslation("admin.user.teams.title")));
        if (user.organisationId() == null) {
            add(new Paragraph(getTranslation("admin.user.teams.none")));
            return;
        }
        List<TeamRow> teams = directory.teams(user.organisationId());
        memberOf.setId("user-member-of");
        memberOf.setLabel(getTranslation("admin.new.member-of"));
        managerOf.setLabel(getTranslation("admin.new.manager-of"));
        for (MultiSelectComboBox<TeamRow> box : List.of(memberOf, managerOf)) {
            box.setItems(teams);
            box.setItemLabelGenerator(TeamRow::name);
            box.setWidthFull();
        }
        memberOf.setValue(chosen(teams, user.memberOf()));
        managerOf.setValue(chosen(teams, user.managerOf()));
        save.setText(getTranslation("admin.user.teams.save"));
        save.addClickListener(click -> {
            try {
                users.setTeams(user.id(), ids(memberOf.getValue()), ids(managerOf.getValue()));
                saved.accept("admin.saved");
            } catch (Refusal refused) {
                memberOf.setErrorMessage(Refusals.message(refused));
                memberOf.setInvalid(true);
            }
        });
        add(memberOf, managerOf, save);
    }

    private static Set<TeamRow> chosen(List<TeamRow> teams, Set<Long> ids) {
        return teams.stream().filter(team -> ids.contains(team.id())).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Set<TeamRow> teams) {
        return teams.stream().map(TeamRow::id).collect(Collectors.toSet());
    }
}
