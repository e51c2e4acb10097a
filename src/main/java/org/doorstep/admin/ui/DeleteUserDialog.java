package org.doorstep.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.doorstep.admin.DataRequests;
import org.doorstep.admin.UserDetail;
import org.doorstep.base.Refusal;
import org.doorstep.base.ui.Refusals;

/** Asks the administrator to type the username before deleting the account and all its data for ever. */
class DeleteUserDialog extends Dialog {

    final TextField typed = new TextField();
    final Button confirm = new Button();

    DeleteUserDialog(UserDetail user, DataRequests requests) {
        setHeaderTitle(getTranslation("admin.user.delete.title", user.displayName()));
        addClassName("delete-user-dialog");
        typed.setLabel(getTranslation("admin.user.delete.type", user.username()));
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        typed.setWidthFull();
        typed.addValueChangeListener(change -> confirm.setEnabled(user.username().equals(change.getValue().strip())));
        confirm.setText(getTranslation("admin.user.delete.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> {
            try {
                requests.deleteUser(user.id(), typed.getValue());
            } catch (Refusal refused) {
                typed.setErrorMessage(Refusals.message(refused));
                typed.setInvalid(true);
                return;
            }
            close();
            Notification.show(getTranslation("admin.user.deleted", user.username()), 6000, Notification.Position.BOTTOM_START);
            // Closed, the dialog has left the page: the page's UI navigates.
            UI.getCurrent().navigate(AdminView.class);
        });
        add(new Paragraph(getTranslation("admin.user.delete.text")), typed);
        getFooter().add(new Button(getTranslation("admin.new.cancel"), click -> close()), confirm);
        setWidth("32rem");
    }
}
