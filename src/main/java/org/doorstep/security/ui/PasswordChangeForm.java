package org.doorstep.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.doorstep.security.AccountService;
import org.doorstep.security.AccountSettings;
import org.doorstep.security.PasswordPolicy;

/** Current password, a new one twice, and the button: shared by the settings page and the forced change. */
class PasswordChangeForm extends FormLayout {

    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button submit = new Button();

    private final AccountSettings settings;
    private final AccountService accounts;
    private final AccountSettings.Settings mine;
    private final Runnable done;

    PasswordChangeForm(AccountSettings settings, AccountService accounts, Runnable done) {
        this.settings = settings;
        this.accounts = accounts;
        this.mine = settings.mine();
        this.done = done;
        current.setLabel(getTranslation("settings.password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setMaxLength(PasswordPolicy.MAX_LENGTH);
        AccountForms.newPassword(chosen, "settings.password.new");
        chosen.setValueChangeMode(ValueChangeMode.LAZY);
        chosen.addValueChangeListener(change -> checkChosen());
        AccountForms.confirmation(confirmation);
        submit.setText(getTranslation("settings.password.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> save());
        add(current, chosen, confirmation, submit);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("24rem");
    }

    private boolean checkChosen() {
        var problem = accounts.passwordProblem(chosen.getValue(), mine.username(), mine.displayName());
        problem.ifPresentOrElse(key -> AccountForms.invalid(chosen, getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)),
                () -> chosen.setInvalid(false));
        return problem.isEmpty();
    }

    private void save() {
        current.setInvalid(false);
        boolean chosenOk = checkChosen();
        if (!confirmation.getValue().equals(chosen.getValue())) {
            AccountForms.invalid(confirmation, getTranslation("register.confirm.mismatch"));
            return;
        }
        confirmation.setInvalid(false);
        if (!chosenOk) {
            return;
        }
        var problem = settings.changePassword(current.getValue(), chosen.getValue(), ClientAddress.current());
        if (problem.isPresent()) {
            String key = problem.get();
            var field = key.startsWith("settings.password.current") || key.equals("settings.password.throttled") ? current : chosen;
            AccountForms.invalid(field, getTranslation(key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            return;
        }
        current.clear();
        chosen.clear();
        confirmation.clear();
        chosen.setInvalid(false);
        done.run();
    }
}
