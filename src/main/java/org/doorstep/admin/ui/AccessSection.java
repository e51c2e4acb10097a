package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.doorstep.admin.UserAdministration;
import org.doorstep.admin.UserDetail;
import org.doorstep.base.Refusal;

/** Deactivates or reactivates the account; an administrator's own account offers neither. */
class AccessSection extends Div {

    final Paragraph state = new Paragraph();
    final Button deactivate = new Button();
    final Button reactivate = new Button();

    AccessSection(UserDetail user, UserAdministration users, Consumer<String> saved) {
        addClassName("admin-section");
        state.setText(getTranslation(user.active() ? "admin.user.access.active" : "admin.user.access.deactivated"));
        if (!user.active()) {
            state.addClassName("admin-status-deactivated");
        }
        deactivate.setText(getTranslation("admin.user.deactivate"));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.setVisible(user.active() && !user.yourself());
        deactivate.addClickListener(click -> act(() -> users.deactivate(user.id()), saved, "admin.user.deactivated"));
        reactivate.setText(getTranslation("admin.user.reactivate"));
        reactivate.setVisible(!user.active());
        reactivate.addClickListener(click -> act(() -> users.reactivate(user.id()), saved, "admin.user.reactivated"));
        Paragraph help = new Paragraph(getTranslation(user.yourself() ? "admin.user.deactivate.yourself" : "admin.user.deactivate.help"));
        help.addClassName("field-help");
        add(new H3(getTranslation("admin.user.access.title")), state, help, deactivate, reactivate);
    }

    private static void act(Runnable action, Consumer<String> saved, String doneKey) {
        try {
            action.run();
            saved.accept(doneKey);
        } catch (Refusal refused) {
            UserView.refused(refused);
        }
    }
}
