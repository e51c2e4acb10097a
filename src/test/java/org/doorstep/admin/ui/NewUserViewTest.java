package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.admin.TeamRow;
import org.doorstep.base.Roles;
import org.doorstep.security.PasswordLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** Creating an account: with a password set by the administrator, or with an invitation link. */
// Links are shown to the administrator only without a mail server: none here, whatever the test profile provides.
@TestPropertySource(properties = "doorstep.mail.embedded=false")
class NewUserViewTest extends KaribuTest {

    private NewUserView view;
    private JdbcTemplate jdbc;
    private String username;

    @BeforeEach
    void theForm() {
        jdbc = context.getBean(JdbcTemplate.class);
        username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        signInAs("admin");
        navigate("admin/users/new");
        view = _get(NewUserView.class);
    }

    private void fillIn(String name, String user, String... roles) {
        userSets(view.displayName, name);
        userSets(view.username, user);
        userSets(view.roles, Set.of(roles));
        userSets(view.organisation, view.organisation.getListDataView().getItems()
                .filter(o -> o.name().equals("Doorstep Demo Ltd")).findFirst().orElseThrow());
    }

    private TeamRow team(String name) {
        return view.memberOf.getListDataView().getItems().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_user_with_a_password_is_stored_hashed_with_roles_and_teams_and_the_account_opens() {
        fillIn("Tom Teamlead", username, Roles.MANAGER, Roles.TRAINER);
        userSets(view.memberOf, Set.of(team("Sales")));
        userSets(view.managerOf, Set.of(team("Customer Success")));
        userSets(view.access, NewUserView.Access.PASSWORD);
        assertThat(view.password.isVisible()).isTrue();
        userSets(view.password, "a lighthouse keeper's tea");
        _click(view.create);

        assertThat(currentView()).isEqualTo(UserView.class);
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);
        assertThat(context.getBean(PasswordEncoder.class).matches("a lighthouse keeper's tea", hash)).isTrue();
        assertThat(jdbc.queryForList("select role from user_role where user_id = ? order by role", String.class, id))
                .containsExactly("MANAGER", "TRAINER");
        assertThat(jdbc.queryForList("select t.name from team_member m join team t on t.id = m.team_id where m.user_id = ?", String.class, id))
                .containsExactly("Sales");
        assertThat(jdbc.queryForList("select t.name from team_manager m join team t on t.id = m.team_id where m.user_id = ?", String.class, id))
                .containsExactly("Customer Success");
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'USER_CREATED' and subject_user_id = ?", String.class, id))
                .isEqualTo("Created " + username + " (Tom Teamlead) with roles MANAGER, TRAINER; teams Customer Success, Sales;"
                        + " password set by the administrator");
    }

    @Test
    void a_new_form_has_the_trainee_role_ticked_already() {
        assertThat(view.roles.getValue()).containsExactly(Roles.TRAINEE);
    }

    @Test
    void an_invitation_shows_a_one_time_link_that_lets_the_person_choose_a_password() {
        fillIn("Ines Invited", username, Roles.TRAINEE);
        _click(view.create);

        PasswordLinkBox box = _get(view.result, PasswordLinkBox.class);
        String link = box.link.getValue();
        assertThat(link).matches("http://.*/set-password\\?token=[A-Za-z0-9_-]{43}");
        assertThat(rendered(box)).contains("Account " + username + " created. Send this invitation link");
        // No mail server in these tests: the administrator holds the link, and is told what that means.
        assertThat(box.copy.getText()).isEqualTo("Copy");
        _click(box.copy);
        assertThat(box.copy.getText()).isEqualTo("Copied");
        assertThat(box.warning.getText()).isEqualTo("Warning: whoever holds this link can sign in as Ines Invited. No mail server is"
                + " configured, so give it to Ines Invited yourself, in person or over a channel only they read, and never where others can see it.");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        String stored = jdbc.queryForObject("select token_hash from password_link l join app_user u on u.id = l.user_id"
                + " where u.username = ?", String.class, username);
        assertThat(stored).hasSize(64).doesNotContain(token);

        TestSignIn.out(context);
        PasswordLinks links = context.getBean(PasswordLinks.class);
        assertThat(links.holder(token)).hasValueSatisfying(holder -> assertThat(holder.displayName()).isEqualTo("Ines Invited"));
        assertThat(links.redeem(token, "the invitation came by post")).isEmpty();
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
        assertThat(context.getBean(PasswordEncoder.class).matches("the invitation came by post", hash)).isTrue();
        assertThat(links.holder(token)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] [{1}] {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "        | nobody-x | TRAINEE | displayName | Enter your name (at most 100 characters).",
            "Ann Ash | a        | TRAINEE | username    | Use 3 to 40 characters: letters, digits, dot, dash or underscore, starting with a letter or digit.",
            "Ann Ash | admin    | TRAINEE | username    | That username is taken. Choose another.",
            "Ann Ash | ann-ash-x |        | roles       | Choose at least one role."})
    void invalid_input_is_refused_on_its_field_and_nothing_is_stored(String name, String user, String role, String field, String message) {
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        fillIn(name == null ? "" : name, user, role == null ? new String[0] : new String[] {role});
        _click(view.create);

        var shown = switch (field) {
            case "displayName" -> view.displayName;
            case "username" -> view.username;
            default -> view.roles;
        };
        assertThat(((com.vaadin.flow.component.HasValidation) shown).isInvalid()).isTrue();
        assertThat(((com.vaadin.flow.component.HasValidation) shown).getErrorMessage()).isEqualTo(message);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(before);
        assertThat(currentView()).isEqualTo(NewUserView.class);
    }

    @Test
    void a_guessable_initial_password_is_refused_with_the_policy_message() {
        fillIn("Pat Password", username, Roles.TRAINER);
        userSets(view.access, NewUserView.Access.PASSWORD);
        userSets(view.password, "password1234");
        _click(view.create);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("This password is too common or too easy to guess. Try a few unrelated words.");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username)).isZero();
    }

    @Test
    void the_address_is_optional_without_a_mail_server_but_must_be_an_address_and_belong_to_nobody_else() {
        assertThat(view.email.isRequiredIndicatorVisible()).isFalse();
        fillIn("Erin Email", username, Roles.TRAINEE);
        userSets(view.email, "erin at example.com");
        _click(view.create);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter one e-mail address, such as name@example.com.");

        var owner = org.doorstep.TestData.in(context).account("owner", "Owen Owner", Roles.TRAINEE);
        jdbc.update("update app_user set email = ? where id = ?", "taken." + owner.username() + "@example.com", owner.id());
        userSets(view.email, "Taken." + owner.username().toUpperCase() + "@Example.com");
        _click(view.create);
        assertThat(view.email.getErrorMessage()).isEqualTo("Another account has this e-mail address. Each address belongs to one account.");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username)).isZero();

        userSets(view.email, " erin." + username + "@example.com ");
        _click(view.create);
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, username))
                .isEqualTo("erin." + username + "@example.com");
    }

    @Test
    void choosing_an_organisation_is_required() {
        fillIn("Olga Orphan", username, Roles.TRAINEE);
        userSets(view.organisation, null);
        _click(view.create);
        assertThat(view.organisation.isInvalid()).isTrue();
        assertThat(view.organisation.getErrorMessage()).isEqualTo("Choose an organisation.");
    }

    @Test
    void in_an_organisation_without_teams_the_team_field_says_where_teams_come_from() {
        String organisation = TestData.in(context).organisation("Teamless " + TestData.suffix()).name();
        // Away and back: the form lists the organisations there are when it opens.
        navigate("admin");
        navigate("admin/users/new");
        view = _get(NewUserView.class);
        userSets(view.organisation, view.organisation.getListDataView().getItems()
                .filter(o -> o.name().equals(organisation)).findFirst().orElseThrow());

        assertThat(view.memberOf.getListDataView().getItemCount()).isZero();
        assertThat(view.memberOf.getHelperText()).isEqualTo("This organisation has no teams yet; add them under Organisations and teams.");

        userSets(view.organisation, view.organisation.getListDataView().getItems()
                .filter(o -> o.name().equals("Doorstep Demo Ltd")).findFirst().orElseThrow());
        assertThat(view.memberOf.getHelperText()).isEqualTo("Teams of the chosen organisation.");
    }
}
