package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.function.Consumer;
import org.doorstep.admin.UserAdministration;
import org.doorstep.admin.UserDetail;
import org.doorstep.base.Refusal;
import org.doorstep.base.ui.Refusals;

/** The person's e-mail address and whether it is verified; a changed one is unverified until they prove it. */
class EmailSection extends Div {

    final Paragraph state = new Paragraph();
    final EmailField email = new EmailField();
    final Button save = new Button();

    EmailSection(UserDetail user, UserAdministration users, Consumer<String> saved) {
        addClassName("admin-section");
        state.setText(user.email() == null ? getTranslation("admin.user.email.none")
                : getTranslation(user.emailVerified() ? "admin.user.email.verified" : "admin.user.email.unverified"));
        email.setLabel(getTranslation("admin.user.email.label"));
        email.setValue(user.email() == null ? "" : user.email());
        email.setMaxLength(254);
        email.setManualValidation(true);
        email.setRequiredIndicatorVisible(users.linksGoByMail());
        email.setWidthFull();
        save.setText(getTranslation("admin.user.email.save"));
        save.addClickListener(click -> {
            try {
                users.setEmail(user.id(), email.getValue());
                saved.accept("admin.user.email.saved");
            } catch (Refusal refused) {
                email.setErrorMessage(Refusals.message(refused));
                email.setInvalid(true);
            }
        });
        Paragraph help = new Paragraph(getTranslation("admin.user.email.help"));
        help.addClassName("field-help");
        add(new H3(getTranslation("admin.user.email.title")), state, email, help, save);
    }
}
