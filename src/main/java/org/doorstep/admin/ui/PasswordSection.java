package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.doorstep.admin.PasswordLink;
import org.doorstep.admin.UserAdministration;
import org.doorstep.admin.UserDetail;
import org.doorstep.base.Formats;
import org.doorstep.base.Refusal;
import org.doorstep.base.ui.Refusals;
import org.doorstep.security.PasswordPolicy;

/** A new password the administrator sets, or a reset link for the person to choose one. */
class PasswordSection extends Div {

    final PasswordField newPassword = new PasswordField();
    final Button set = new Button();
    final Button resetLink = new Button();
    final Div linkShown = new Div();

    PasswordSection(UserDetail user, UserAdministration users, Formats formats) {
        addClassName("admin-section");
        newPassword.setLabel(getTranslation("admin.user.password.new"));
        newPassword.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setWidthFull();
        set.setText(getTranslation("admin.user.password.set"));
        set.addClickListener(click -> {
            try {
                users.setPassword(user.id(), newPassword.getValue());
                newPassword.clear();
                newPassword.setInvalid(false);
                Notification done = Notification.show(getTranslation("admin.user.password.done"), 4000, Notification.Position.BOTTOM_START);
                done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Refusal refused) {
                newPassword.setErrorMessage(Refusals.message(refused));
                newPassword.setInvalid(true);
            }
        });
        resetLink.setText(getTranslation("admin.user.password.link"));
        if (!user.active()) {
            resetLink.setEnabled(false);
            resetLink.setTooltipText(getTranslation("admin.user.password.link.inactive"));
        }
        resetLink.addClickListener(click -> {
            PasswordLink link;
            try {
                link = users.issueResetLink(user.id());
            } catch (Refusal refused) {
                UserView.refused(refused);
                return;
            }
            linkShown.removeAll();
            String expires = formats.moment(link.expiresAt());
            linkShown.add(new PasswordLinkBox(getTranslation("admin.user.password.link.created", expires), link, expires,
                    user.displayName()));
        });
        Paragraph help = new Paragraph(getTranslation(users.linksGoByMail() ? "admin.user.password.help.mail" : "admin.user.password.help"));
        help.addClassName("field-help");
        Div row = new Div(set, resetLink);
        row.addClassName("row");
        add(new H3(getTranslation("admin.user.password.title")), help, newPassword, row, linkShown);
    }
}
