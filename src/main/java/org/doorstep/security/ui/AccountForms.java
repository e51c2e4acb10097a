package org.doorstep.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.doorstep.security.PasswordPolicy;

/** What the account forms (registration, choosing a password) share: errors on their field, and the way to sign-in. */
final class AccountForms {

    private AccountForms() {
    }

    /** A new password's field: the policy's limits in its help text, and no old password filled in by the browser. */
    static void newPassword(PasswordField field, String labelKey) {
        field.setLabel(field.getTranslation(labelKey));
        field.setHelperText(field.getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        field.setAutocomplete(Autocomplete.NEW_PASSWORD);
    }

    /** The field that repeats a new password. */
    static void confirmation(PasswordField field) {
        field.setLabel(field.getTranslation("register.confirm"));
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        field.setAutocomplete(Autocomplete.NEW_PASSWORD);
    }

    static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Says the form did its work, then opens the login view, where the person goes on. */
    static void doneThenSignIn(Component form, String messageKey) {
        Notification done = Notification.show(form.getTranslation(messageKey), 5000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        form.getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }

    /** Says the form did its work, then opens the given route. */
    static void doneThenGo(Component form, String messageKey, String route) {
        confirm(form, messageKey);
        form.getUI().ifPresent(ui -> ui.navigate(route));
    }

    /** A short success notice. */
    static void confirm(Component source, String messageKey, Object... arguments) {
        Notification done = Notification.show(source.getTranslation(messageKey, arguments), 5000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
