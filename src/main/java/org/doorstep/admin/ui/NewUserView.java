package org.doorstep.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.admin.CreatedUser;
import org.doorstep.admin.DirectoryAdministration;
import org.doorstep.admin.NewUser;
import org.doorstep.admin.OrganisationRow;
import org.doorstep.admin.TeamRow;
import org.doorstep.admin.UserAdministration;
import org.doorstep.base.Formats;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Refusals;
import org.doorstep.security.PasswordPolicy;
import org.doorstep.security.PersonalTime;
import org.doorstep.security.Usernames;

/** Creates an account: name, username, organisation, roles, teams, and an invitation link or a password. */
@Route("admin/users/new")
@RolesAllowed(Roles.ADMIN)
public class NewUserView extends VerticalLayout implements HasDynamicTitle {

    enum Access { INVITATION, PASSWORD }

    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final EmailField email = new EmailField();
    final Select<OrganisationRow> organisation = new Select<>();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<TeamRow> memberOf = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TeamRow> managerOf = new MultiSelectComboBox<>();
    final RadioButtonGroup<Access> access = new RadioButtonGroup<>();
    final PasswordField password = new PasswordField();
    final Button create = new Button();
    final Div result = new Div();
    private final FormLayout form = new FormLayout();
    private final UserAdministration users;
    private final DirectoryAdministration directory;
    private final Map<String, HasValidation> fields;
    private final Formats formats;

    public NewUserView(UserAdministration users, DirectoryAdministration directory, PersonalTime time) {
        this.users = users;
        this.formats = time.formats();
        this.directory = directory;
        this.fields = Map.of("displayName", displayName, "username", username, "email", email,
                "organisation", organisation, "roles", roles, "teams", memberOf, "password", password);
        addClassName("admin-view");
        label();
        organisation.setItems(directory.organisations());
        organisation.setItemLabelGenerator(OrganisationRow::name);
        organisation.addValueChangeListener(change -> showTeams());
        if (directory.organisations().size() == 1) {
            organisation.setValue(directory.organisations().getFirst());
        }
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("admin.role." + role));
        // Most accounts are trainees: ticked to start with, so a forgotten role is not the first thing an admin meets.
        roles.setValue(Set.of(Roles.TRAINEE));
        access.setItems(Access.values());
        access.setItemLabelGenerator(a -> getTranslation("admin.new.access." + a.name()));
        access.setValue(Access.INVITATION);
        access.addValueChangeListener(change -> password.setVisible(change.getValue() == Access.PASSWORD));
        password.setVisible(false);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());

        Paragraph accessHelp = new Paragraph(getTranslation(users.linksGoByMail() ? "admin.new.access.help.mail" : "admin.new.access.help"));
        accessHelp.addClassName("field-help");
        form.add(displayName, username, email, organisation, roles, memberOf, managerOf, access, accessHelp, password);
        form.setColspan(access, 2);
        form.setColspan(accessHelp, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        Div actions = new Div(create, new RouterLink(getTranslation("admin.new.cancel"), AdminView.class));
        actions.addClassName("form-actions");
        form.add(actions);
        form.setColspan(actions, 2);
        form.setMaxWidth("48rem");
        add(new AdminTabs(NewUserView.class), new Paragraph(getTranslation("admin.new.intro")), form, result);
    }

    private void label() {
        displayName.setId("new-user-name");
        username.setId("new-user-username");
        organisation.setId("new-user-organisation");
        roles.setId("new-user-roles");
        displayName.setLabel(getTranslation("admin.new.name"));
        displayName.setMaxLength(Usernames.MAX_DISPLAY_NAME);
        displayName.setAutocomplete(Autocomplete.OFF);
        username.setLabel(getTranslation("admin.new.username"));
        username.setHelperText(getTranslation("register.username.help"));
        username.setMaxLength(40);
        username.setAutocomplete(Autocomplete.OFF);
        email.setId("new-user-email");
        email.setLabel(getTranslation("admin.new.email"));
        // Where links and notices go: needed when mail can be delivered.
        email.setRequiredIndicatorVisible(users.linksGoByMail());
        email.setHelperText(getTranslation(users.linksGoByMail() ? "admin.new.email.help.mail" : "admin.new.email.help"));
        email.setMaxLength(254);
        email.setManualValidation(true);
        organisation.setLabel(getTranslation("admin.new.organisation"));
        roles.setLabel(getTranslation("admin.new.roles"));
        memberOf.setLabel(getTranslation("admin.new.member-of"));
        memberOf.setHelperText(getTranslation("admin.new.teams.help"));
        managerOf.setLabel(getTranslation("admin.new.manager-of"));
        access.setLabel(getTranslation("admin.new.access"));
        password.setLabel(getTranslation("admin.new.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        create.setText(getTranslation("admin.new.create"));
    }

    private void showTeams() {
        var teams = organisation.getValue() == null ? java.util.List.<TeamRow>of() : directory.teams(organisation.getValue().id());
        // A fresh installation's organisation has none: say where they come from. (Not disabled: its text would fade.)
        boolean none = organisation.getValue() != null && teams.isEmpty();
        memberOf.setHelperText(getTranslation(none ? "admin.new.teams.none" : "admin.new.teams.help"));
        memberOf.setItems(teams);
        memberOf.setItemLabelGenerator(TeamRow::name);
        managerOf.setItems(teams);
        managerOf.setItemLabelGenerator(TeamRow::name);
    }

    private void create() {
        fields.values().forEach(field -> field.setInvalid(false));
        CreatedUser created;
        try {
            created = users.create(new NewUser(displayName.getValue(), username.getValue(), email.getValue(),
                    organisation.getValue() == null ? null : organisation.getValue().id(), roles.getValue(),
                    ids(memberOf.getValue()), ids(managerOf.getValue()),
                    access.getValue() == Access.PASSWORD ? password.getValue() : null));
        } catch (Refusal refused) {
            HasValidation field = fields.get(refused.field());
            if (field != null) {
                field.setErrorMessage(Refusals.message(refused));
                field.setInvalid(true);
                ((Component) field).getElement().callJsFunction("focus");
            }
            return;
        }
        if (created.invitation().isEmpty()) {
            Notification done = Notification.show(getTranslation("admin.new.created", created.username()), 5000, Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(UserView.class, created.id()));
            return;
        }
        // The link is shown once: the form gives way to it, with the ways on.
        form.setVisible(false);
        var link = created.invitation().get();
        Button another = new Button(getTranslation("admin.new.another"), click -> getUI().ifPresent(ui -> ui.getPage().reload()));
        RouterLink open = new RouterLink(getTranslation("admin.new.open-user"), UserView.class, created.id());
        Div actions = new Div(open, another);
        actions.addClassName("form-actions");
        if (link.mailed()) {
            result.add(new Paragraph(getTranslation("admin.new.created", created.username())));
        }
        String expires = formats.moment(link.expiresAt());
        result.add(new PasswordLinkBox(getTranslation("admin.new.invitation", created.username(), expires), link, expires,
                displayName.getValue().strip()), actions);
    }

    private static Set<Long> ids(Set<TeamRow> teams) {
        return teams.stream().map(TeamRow::id).collect(Collectors.toSet());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title.new-user");
    }
}
