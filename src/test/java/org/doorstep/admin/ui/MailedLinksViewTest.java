package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** With a mail server configured, the administrator's pages require an address and never show a link, only where it went. */
// Nothing is sent from here: a configured server is enough for links to go by mail (a worker delivers the outbox).
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=2"})
class MailedLinksViewTest extends KaribuTest {

    private JdbcTemplate jdbc;
    private String username;

    @BeforeEach
    void asAdministrator() {
        jdbc = context.getBean(JdbcTemplate.class);
        username = "mailed-" + UUID.randomUUID().toString().substring(0, 8);
        signInAs("admin");
    }

    private NewUserView newUserForm() {
        navigate("admin/users/new");
        NewUserView view = _get(NewUserView.class);
        userSets(view.displayName, "Nora Mailed");
        userSets(view.username, username);
        userSets(view.roles, Set.of(Roles.TRAINEE));
        userSets(view.organisation, view.organisation.getListDataView().getItems()
                .filter(o -> o.name().equals("Doorstep Demo Ltd")).findFirst().orElseThrow());
        return view;
    }

    @Test
    void a_new_user_needs_an_address_and_the_invitation_goes_there_unseen() {
        NewUserView view = newUserForm();
        assertThat(view.email.isRequiredIndicatorVisible()).isTrue();
        _click(view.create);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter an e-mail address for the person: invitations, reset links and notices go there.");

        userSets(view.email, "nora." + username + "@example.com");
        _click(view.create);
        PasswordLinkBox box = _get(view.result, PasswordLinkBox.class);
        assertThat(box.message.getText()).startsWith("The link went by mail to n…@example.com. It works once and expires on ");
        assertThat(box.link.getParent()).isEmpty();
        assertThat(rendered(view.result)).contains("Account " + username + " created.").doesNotContain("set-password?token=");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox m join app_user u on u.id = m.recipient_user_id"
                + " where u.username = ? and m.kind = 'invitation'", Integer.class, username)).isEqualTo(1);
    }

    @Test
    void a_reset_link_goes_to_the_persons_address_and_the_page_says_where() {
        Account person = TestData.in(context).account("rosa", "Rosa Reset", Roles.TRAINER);
        jdbc.update("update app_user set email = ? where id = ?", "rosa." + username + "@example.org", person.id());
        navigate("admin/users/" + person.id());
        UserView view = _get(UserView.class);
        _click(view.password.resetLink);

        PasswordLinkBox box = _get(view.password.linkShown, PasswordLinkBox.class);
        assertThat(box.message.getText()).startsWith("The link went by mail to r…@example.org.");
        assertThat(box.link.getParent()).isEmpty();
        assertThat(jdbc.queryForObject("select recipient from mail_outbox where recipient_user_id = ? and kind = 'reset-link'",
                String.class, person.id())).isEqualTo("rosa." + username + "@example.org");
    }
}
