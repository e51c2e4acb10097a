package org.doorstep.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.doorstep.security.AccountService;
import org.doorstep.security.AccountSettings;
import org.doorstep.security.EmailAddresses;
import org.doorstep.security.EmailVerification;
import org.doorstep.security.PersonalTime;

/** Everyone's own account: password, e-mail address, language, time zone and reminders, each saved at once. */
@Route("settings")
@Menu(order = 9, icon = "vaadin:user-card", title = "nav.settings")
@PermitAll
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    final PasswordChangeForm password;
    final Paragraph emailNow = new Paragraph();
    final Paragraph emailPending = new Paragraph();
    final EmailField newEmail = new EmailField();
    final PasswordField emailPassword = new PasswordField();
    final Button sendLink = new Button();
    final Select<Locale> language = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Checkbox reminders = new Checkbox();

    private final AccountSettings settings;

    public SettingsView(AccountSettings settings, AccountService accounts, PersonalTime time) {
        this.settings = settings;
        addClassName("settings-view");
        password = new PasswordChangeForm(settings, accounts, () -> AccountForms.confirm(this, "settings.password.changed"));

        newEmail.setLabel(getTranslation("settings.email.new"));
        newEmail.setMaxLength(EmailAddresses.MAX_LENGTH);
        newEmail.setHelperText(getTranslation("settings.email.help", EmailVerification.LIFETIME.toHours()));
        emailPassword.setLabel(getTranslation("settings.email.password"));
        emailPassword.setHelperText(getTranslation("settings.email.password.help"));
        emailPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        sendLink.setText(getTranslation("settings.email.submit"));
        sendLink.addClickListener(click -> changeEmail());

        language.setLabel(getTranslation("settings.language"));
        language.setItems(settings.languages());
        language.setItemLabelGenerator(SettingsView::languageName);
        reminders.setLabel(getTranslation("settings.reminders"));
        timeZone(time);

        AccountSettings.Settings mine = settings.mine();
        showEmail(mine);
        language.setValue(mine.language());
        reminders.setValue(mine.remindersEnabled());
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                settings.setLanguage(change.getValue());
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(change.getValue());
                ui.setLocale(change.getValue());
                AccountForms.confirm(this, "settings.language.saved", languageName(change.getValue()));
            }
        });
        reminders.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                settings.setRemindersEnabled(change.getValue());
                AccountForms.confirm(this, change.getValue() ? "settings.reminders.on" : "settings.reminders.off");
            }
        });

        Div sections = new Div();
        sections.addClassName("settings-sections");
        sections.add(section("settings.password.heading", password),
                section("settings.email.heading", emailNow, emailPending, newEmail, emailPassword, sendLink),
                section("settings.language.heading", language),
                section("settings.zone.heading", timeZone),
                section("settings.reminders.heading", new Paragraph(getTranslation("settings.reminders.help")), reminders));
        add(sections);
    }

    /** Empty means the organisation's default, so a person who never chose follows it when it changes. */
    private void timeZone(PersonalTime time) {
        String organisation = time.organisationZone().getId();
        timeZone.setLabel(getTranslation("settings.zone"));
        timeZone.setHelperText(getTranslation("settings.zone.help", organisation));
        timeZone.setPlaceholder(getTranslation("settings.zone.default", organisation));
        timeZone.setItems(time.zoneChoices());
        timeZone.setAllowCustomValue(false);
        timeZone.setClearButtonVisible(true);
        timeZone.setWidth("20rem");
        timeZone.setValue(time.ownZone().map(zone -> zone.getId()).orElse(null));
        timeZone.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                time.chooseZone(change.getValue());
                AccountForms.confirm(this, "settings.zone.saved",
                        change.getValue() == null ? getTranslation("settings.zone.default", organisation) : change.getValue());
            }
        });
    }

    private Div section(String headingKey, Component... content) {
        Div section = new Div(new H3(getTranslation(headingKey)));
        section.add(content);
        section.addClassName("settings-section");
        return section;
    }

    private void showEmail(AccountSettings.Settings mine) {
        emailNow.setText(mine.email() == null ? getTranslation("settings.email.none") : getTranslation("settings.email.current", mine.email()));
        emailPending.setVisible(mine.pendingEmail() != null);
        emailPending.setText(mine.pendingEmail() == null ? "" : getTranslation("settings.email.pending", mine.pendingEmail()));
    }

    private void changeEmail() {
        newEmail.setInvalid(false);
        emailPassword.setInvalid(false);
        var problem = settings.changeEmail(newEmail.getValue(), emailPassword.getValue(), ClientAddress.current());
        if (problem.isPresent()) {
            String key = problem.get();
            AccountForms.invalid(key.startsWith("settings.password.") ? emailPassword : newEmail, getTranslation(key));
            return;
        }
        newEmail.clear();
        emailPassword.clear();
        showEmail(settings.mine());
        AccountForms.confirm(this, "settings.email.sent");
    }

    /** The language's name in itself, as its own translations call it. */
    private static String languageName(Locale language) {
        String key = "settings.language." + language.toLanguageTag();
        String translated = UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(language, key);
        return translated.equals(key) || translated.startsWith("!") ? language.getDisplayName(language) : translated;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings");
    }
}
