package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.admin.TeamRow;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** One account's page: roles, teams, deactivation, passwords, export and deletion, each saved and audited. */
// Links are shown to the administrator only without a mail server: none here, whatever the test profile provides.
@TestPropertySource(properties = "doorstep.mail.embedded=false")
class UserViewTest extends KaribuTest {

    private JdbcTemplate jdbc;
    private Account person;
    private UserView view;

    @BeforeEach
    void aTrainersPage() {
        jdbc = context.getBean(JdbcTemplate.class);
        person = TestData.in(context).account("rita", "Rita Roster", Roles.TRAINER);
        signInAs("admin");
        navigate("admin/users/" + person.id());
        view = _get(UserView.class);
    }

    private java.util.List<String> audit(String action) {
        return jdbc.queryForList("select details from audit_event where action = ? and subject_user_id = ? order by id",
                String.class, action, person.id());
    }

    @Test
    void the_page_names_the_account_with_its_username_organisation_and_roles() {
        assertThat(view.getPageTitle()).isEqualTo("Rita Roster");
        assertThat(view.summary.getText()).startsWith(person.username() + " · Doorstep Demo Ltd · created ");
        assertThat(view.roles.roles.getValue()).containsExactly(Roles.TRAINER);
        assertThat(view.access.state.getText()).isEqualTo("The account is active.");
    }

    @Test
    void the_cohorts_a_trainer_runs_name_their_course_once_there_is_more_than_one() {
        TestData data = TestData.in(context);
        TestData.SecondCourse second = data.secondCourse();
        TestData.Cohort cohort = data.demoOrganisation().cohort("Autumn " + TestData.suffix(), person);
        data.cohortTakes(cohort.id(), second.slug());

        navigate("admin/users/" + person.id());

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("Trains: " + cohort.name()
                + " (" + second.title() + ")"))).isNotNull();
    }

    @Test
    void a_role_change_is_saved_audited_and_ends_the_persons_sessions() {
        int sessionVersion = jdbc.queryForObject("select session_version from app_user where id = ?", Integer.class, person.id());
        userSets(view.roles.roles, Set.of(Roles.TRAINER, Roles.MANAGER));
        _click(view.roles.save);

        assertThat(jdbc.queryForList("select role from user_role where user_id = ? order by role", String.class, person.id()))
                .containsExactly("MANAGER", "TRAINER");
        assertThat(audit("ROLES_CHANGED")).containsExactly("Roles TRAINER → MANAGER, TRAINER");
        assertThat(jdbc.queryForObject("select session_version from app_user where id = ?", Integer.class, person.id()))
                .isEqualTo(sessionVersion + 1);
        assertThat(view.roles.roles.getValue()).containsExactlyInAnyOrder(Roles.TRAINER, Roles.MANAGER);
    }

    @Test
    void a_trainer_is_made_a_content_editor_saved_beside_the_roles_and_audited() {
        assertThat(view.roles.contentEditor.getValue()).isFalse();
        userSets(view.roles.contentEditor, true);
        _click(view.roles.save);

        assertThat(jdbc.queryForList("select role from user_role where user_id = ? order by role", String.class, person.id()))
                .containsExactly("CONTENT_EDITOR", "TRAINER");
        assertThat(audit("ROLES_CHANGED")).containsExactly("Roles TRAINER → CONTENT_EDITOR, TRAINER");
        assertThat(view.roles.roles.getValue()).containsExactly(Roles.TRAINER);
        assertThat(view.roles.contentEditor.getValue()).isTrue();
    }

    @Test
    void only_a_trainer_can_be_made_a_content_editor() {
        userSets(view.roles.roles, Set.of(Roles.MANAGER));
        userSets(view.roles.contentEditor, true);
        _click(view.roles.save);

        assertThat(view.roles.roles.isInvalid()).isTrue();
        assertThat(view.roles.roles.getErrorMessage()).startsWith("Only a trainer can be a content editor");
        assertThat(audit("ROLES_CHANGED")).isEmpty();
    }

    @Test
    void unticking_every_role_is_refused_on_the_field() {
        userSets(view.roles.roles, Set.of());
        _click(view.roles.save);
        assertThat(view.roles.roles.isInvalid()).isTrue();
        assertThat(view.roles.roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        assertThat(audit("ROLES_CHANGED")).isEmpty();
    }

    @Test
    void team_membership_and_management_are_saved_and_audited() {
        TeamRow sales = view.teams.memberOf.getListDataView().getItems().filter(t -> t.name().equals("Sales")).findFirst().orElseThrow();
        TeamRow success = view.teams.managerOf.getListDataView().getItems().filter(t -> t.name().equals("Customer Success")).findFirst().orElseThrow();
        userSets(view.teams.memberOf, Set.of(sales));
        userSets(view.teams.managerOf, Set.of(success, sales));
        _click(view.teams.save);

        assertThat(jdbc.queryForList("select team_id from team_member where user_id = ?", Long.class, person.id())).containsExactly(sales.id());
        assertThat(jdbc.queryForList("select team_id from team_manager where user_id = ?", Long.class, person.id()))
                .containsExactlyInAnyOrder(sales.id(), success.id());
        assertThat(audit("TEAMS_CHANGED")).containsExactly("Member of: Sales; manages: Customer Success, Sales");
        assertThat(view.teams.memberOf.getValue()).extracting(TeamRow::name).containsExactly("Sales");
    }

    @Test
    void deactivating_stops_sign_in_ends_sessions_and_reactivating_undoes_it() {
        _click(view.access.deactivate);
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, person.id())).isFalse();
        assertThat(view.access.state.getText()).startsWith("The account is deactivated");
        assertThat(view.access.deactivate.isVisible()).isFalse();
        assertThat(audit("USER_DEACTIVATED")).containsExactly("Deactivated; signed-in sessions ended");

        _click(view.access.reactivate);
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, person.id())).isTrue();
        assertThat(audit("USER_REACTIVATED")).containsExactly("Reactivated");
    }

    @Test
    void a_new_password_must_satisfy_the_policy_and_is_then_set_and_audited() {
        userSets(view.password.newPassword, "short");
        _click(view.password.set);
        assertThat(view.password.newPassword.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(audit("PASSWORD_RESET")).isEmpty();

        userSets(view.password.newPassword, "seven swans on a frozen canal");
        _click(view.password.set);
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, person.id());
        assertThat(context.getBean(PasswordEncoder.class).matches("seven swans on a frozen canal", hash)).isTrue();
        assertThat(view.password.newPassword.isInvalid()).isFalse();
        assertThat(view.password.newPassword.getValue()).isEmpty();
        assertThat(audit("PASSWORD_RESET")).containsExactly("Password set by an administrator; signed-in sessions ended");
    }

    @Test
    void a_reset_link_is_shown_once_and_audited_without_its_token() {
        _click(view.password.resetLink);
        String link = _get(view.password.linkShown, PasswordLinkBox.class).link.getValue();
        assertThat(link).startsWith("http://localhost:").contains("/set-password?token=");
        assertThat(_get(view.password.linkShown, PasswordLinkBox.class).warning.getText())
                .startsWith("Warning: whoever holds this link can sign in as Rita Roster.");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(audit("PASSWORD_LINK_ISSUED")).singleElement().asString().startsWith("Password reset link issued").doesNotContain(token);
        assertThat(jdbc.queryForObject("select purpose from password_link where user_id = ?", String.class, person.id())).isEqualTo("RESET");
    }

    @Test
    void an_address_is_saved_unverified_audited_and_an_invalid_one_is_refused_on_the_field() {
        assertThat(view.email.state.getText()).isEqualTo("No e-mail address.");
        userSets(view.email.email, "rita@");
        _click(view.email.save);
        assertThat(view.email.email.getErrorMessage()).isEqualTo("Enter one e-mail address, such as name@example.com.");

        userSets(view.email.email, "rita." + person.username() + "@example.com");
        _click(view.email.save);
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, person.id()))
                .isEqualTo("rita." + person.username() + "@example.com");
        assertThat(view.email.state.getText()).isEqualTo("The address is not verified yet.");
        assertThat(audit("EMAIL_CHANGED")).containsExactly("E-mail address changed to r…@example.com, not yet verified");
    }

    @Test
    void a_password_set_by_an_administrator_must_be_replaced_by_the_person() {
        userSets(view.password.newPassword, "seven swans on a frozen canal");
        _click(view.password.set);
        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, person.id())).isTrue();
    }

    @Test
    void the_export_holds_the_account_and_is_recorded_in_the_audit_log() {
        String json = view.data.exportFile();
        assertThat(json).contains("\"username\" : \"" + person.username() + "\"").contains("\"TRAINER\"")
                .doesNotContain("password_hash").doesNotContain("$argon2");
        assertThat(audit("DATA_EXPORTED")).containsExactly("Exported everything held about " + person.username()
                + " (data-subject access request)");
    }

    @Test
    void deleting_asks_for_the_username_then_removes_the_account_and_returns_to_the_list() {
        _click(view.data.delete);
        DeleteUserDialog dialog = _get(DeleteUserDialog.class);
        userSets(dialog.typed, "rita");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        userSets(dialog.typed, person.username());
        assertThat(dialog.confirm.isEnabled()).isTrue();
        _click(dialog.confirm);

        assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, person.id())).isZero();
        assertThat(currentView()).isEqualTo(AdminView.class);
        assertThat(jdbc.queryForList("select subject_username from audit_event where action = 'USER_DELETED' and details like ?",
                String.class, "Deleted " + person.username() + " %")).containsExactly(person.username());
    }

    @Test
    void on_their_own_page_an_administrator_cannot_drop_their_admin_role_deactivate_or_delete_themselves() {
        navigate("admin/users/" + TestData.in(context).id("admin"));
        UserView own = _get(UserView.class);
        assertThat(own.roles.roles.getItemEnabledProvider().test(Roles.ADMIN)).isFalse();
        assertThat(own.roles.roles.getItemEnabledProvider().test(Roles.TRAINER)).isTrue();
        assertThat(own.access.deactivate.isVisible()).isFalse();
        assertThat(own.data.delete.isVisible()).isFalse();

        // Even a crafted request that unticks it is refused.
        userSets(own.roles.roles, Set.of(Roles.TRAINER));
        _click(own.roles.save);
        assertThat(own.roles.roles.getErrorMessage()).isEqualTo("You cannot remove your own administrator role; another administrator can.");
        assertThat(jdbc.queryForList("select role from user_role u join app_user a on a.id = u.user_id where a.username = 'admin'", String.class))
                .containsExactly("ADMIN");
    }

    @Test
    void an_account_that_no_longer_exists_says_so() {
        navigate("admin/users/987654321");
        assertThat(rendered(_get(UserView.class))).contains("That account no longer exists.");
    }
}
