package org.doorstep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.doorstep.KaribuTest;
import org.doorstep.TestSignIn;
import org.doorstep.base.ui.HomeView;
import org.doorstep.course.ui.CourseView;
import org.doorstep.security.QueuedMail;
import org.doorstep.security.SelfServiceAccounts;
import org.doorstep.security.SelfServiceAccounts.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The settings page, and the password change an administrator's password leads to. */
// Commits: a refused password change is audited in a transaction of its own, which must see the account.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SettingsViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "a weather vane above the barn";

    private Person person;
    private JdbcTemplate jdbc;

    @BeforeEach
    void aVerifiedPersonSignedIn() {
        jdbc = context.getBean(JdbcTemplate.class);
        person = SelfServiceAccounts.verified(context, "karibu-settings");
    }

    private SettingsView open() {
        signInAs(person.username());
        navigate("settings");
        return _get(SettingsView.class);
    }

    private boolean passwordIs(String password) {
        return context.getBean(PasswordEncoder.class).matches(password,
                jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, person.id()));
    }

    @Test
    void it_shows_the_address_the_language_and_the_reminders() {
        SettingsView view = open();
        assertThat(view.getPageTitle()).isEqualTo("Settings");
        assertThat(view.emailNow.getText()).isEqualTo("Mail goes to " + person.email() + ".");
        assertThat(view.emailPending.isVisible()).isFalse();
        assertThat(view.language.getValue()).isEqualTo(Locale.UK);
        assertThat(view.language.getItemLabelGenerator().apply(Locale.UK)).isEqualTo("English (UK)");
        assertThat(view.reminders.getValue()).isTrue();
    }

    @Test
    void a_wrong_current_password_is_refused_on_its_field() {
        SettingsView view = open();
        userSets(view.password.current, "not the password at all");
        userSets(view.password.chosen, NEW_PASSWORD);
        userSets(view.password.confirmation, NEW_PASSWORD);
        _click(view.password.submit);
        assertThat(view.password.current.isInvalid()).isTrue();
        assertThat(view.password.current.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(passwordIs(TestSignIn.PASSWORD)).isTrue();
    }

    @Test
    void a_new_password_is_saved_at_once_and_confirmed() {
        SettingsView view = open();
        userSets(view.password.current, TestSignIn.PASSWORD);
        userSets(view.password.chosen, NEW_PASSWORD);
        userSets(view.password.confirmation, NEW_PASSWORD);
        _click(view.password.submit);
        NotificationsKt.expectNotifications("Your password is changed. Your other sessions have ended.");
        assertThat(passwordIs(NEW_PASSWORD)).isTrue();
        assertThat(view.password.current.getValue()).isEmpty();
        assertThat(currentView()).isEqualTo(SettingsView.class);
    }

    @Test
    void a_new_address_shows_as_waiting_and_gets_the_link() {
        SettingsView view = open();
        String newAddress = "new." + person.email();
        userSets(view.newEmail, newAddress);
        userSets(view.emailPassword, TestSignIn.PASSWORD);
        _click(view.sendLink);
        NotificationsKt.expectNotifications("A link is on its way to the new address. Follow it to start using it.");
        assertThat(view.emailNow.getText()).isEqualTo("Mail goes to " + person.email() + ".");
        assertThat(view.emailPending.isVisible()).isTrue();
        assertThat(view.emailPending.getText()).startsWith("Waiting for you to follow the link sent to " + newAddress + ".");
        assertThat(QueuedMail.of(jdbc, person.id(), "verify-email").getLast().recipient()).isEqualTo(newAddress);
    }

    @Test
    void an_invalid_address_or_a_wrong_password_is_refused_on_its_field() {
        SettingsView view = open();
        userSets(view.newEmail, "not an address");
        userSets(view.emailPassword, TestSignIn.PASSWORD);
        _click(view.sendLink);
        assertThat(view.newEmail.getErrorMessage()).isEqualTo("Enter one e-mail address, such as name@example.com.");

        userSets(view.newEmail, "new." + person.email());
        userSets(view.emailPassword, "not the password");
        _click(view.sendLink);
        assertThat(view.emailPassword.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(view.emailPending.isVisible()).isFalse();
    }

    @Test
    void aChosenTimeZoneIsSavedConfirmedAndShownNextTime() {
        SettingsView view = open();
        assertThat(view.timeZone.getValue()).as("nobody chose one yet").isNull();
        assertThat(view.timeZone.getPlaceholder()).isEqualTo("The organisation's default (Europe/London)");
        assertThat(view.timeZone.getListDataView().getItems()).contains("Europe/London", "America/New_York", "Asia/Tokyo");

        userSets(view.timeZone, "America/New_York");

        NotificationsKt.expectNotifications("Time zone saved: America/New_York. Pages you open from now on show times in it.");
        assertThat(zoneStored()).isEqualTo("America/New_York");
        navigate("course");
        navigate("settings");
        assertThat(_get(SettingsView.class).timeZone.getValue()).isEqualTo("America/New_York");
    }

    @Test
    void clearingTheTimeZoneFollowsTheOrganisationsDefaultAgain() {
        jdbc.update("update app_user set time_zone = 'Asia/Tokyo' where id = ?", person.id());
        SettingsView view = open();
        assertThat(view.timeZone.getValue()).isEqualTo("Asia/Tokyo");

        userSets(view.timeZone, null);

        NotificationsKt.expectNotifications(
                "Time zone saved: The organisation's default (Europe/London). Pages you open from now on show times in it.");
        assertThat(zoneStored()).isNull();
    }

    private String zoneStored() {
        return jdbc.queryForObject("select time_zone from app_user where id = ?", String.class, person.id());
    }

    @Test
    void reminders_and_language_are_saved_when_changed() {
        SettingsView view = open();
        userSets(view.reminders, false);
        NotificationsKt.expectNotifications("Reminders by mail are off.");
        assertThat(jdbc.queryForObject("select reminders_enabled from app_user where id = ?", Boolean.class, person.id())).isFalse();

        userSets(view.language, Locale.UK);
        NotificationsKt.expectNotifications("Language saved: English (UK).");
        assertThat(jdbc.queryForObject("select language from app_user where id = ?", String.class, person.id())).isEqualTo("en-GB");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.UK);
    }

    @Test
    void an_account_whose_password_an_administrator_chose_can_open_nothing_but_the_password_change() {
        jdbc.update("update app_user set must_change_password = true where id = ?", person.id());
        signInAs(person.username());
        navigate("");
        assertThat(currentView()).isEqualTo(PasswordChangeView.class);
        navigate("course");
        assertThat(currentView()).isEqualTo(PasswordChangeView.class);
        navigate("settings");
        assertThat(currentView()).isEqualTo(PasswordChangeView.class);

        PasswordChangeView view = _get(PasswordChangeView.class);
        assertThat(view.intro.getText()).isEqualTo("An administrator chose your current password. Choose your own to go on.");
        userSets(view.form.current, TestSignIn.PASSWORD);
        userSets(view.form.chosen, NEW_PASSWORD);
        userSets(view.form.confirmation, NEW_PASSWORD);
        _click(view.form.submit);

        assertThat(currentView()).isEqualTo(HomeView.class);
        assertThat(jdbc.queryForObject("select must_change_password from app_user where id = ?", Boolean.class, person.id())).isFalse();
        navigate("course");
        assertThat(currentView()).isEqualTo(CourseView.class);
    }
}
