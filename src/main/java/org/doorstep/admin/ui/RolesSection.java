package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.doorstep.admin.UserAdministration;
import org.doorstep.admin.UserDetail;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Refusals;

/**
 * The account's roles, and whether a trainer may publish course content; an administrator's own administrator
 * role cannot be unticked.
 */
class RolesSection extends Div {

    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Checkbox contentEditor = new Checkbox();
    final Button save = new Button();

    RolesSection(UserDetail user, UserAdministration users, Consumer<String> saved) {
        addClassName("admin-section");
        roles.setAriaLabel(getTranslation("admin.user.roles.title"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("admin.role." + role));
        roles.setValue(Set.copyOf(user.roles().stream().filter(Roles.ALL::contains).toList()));
        if (user.yourself()) {
            roles.setItemEnabledProvider(role -> !Roles.ADMIN.equals(role));
        }
        contentEditor.setLabel(getTranslation("admin.user.content-editor"));
        contentEditor.setHelperText(getTranslation("admin.user.content-editor.help"));
        contentEditor.setValue(user.roles().contains(Roles.CONTENT_EDITOR));
        save.setText(getTranslation("admin.user.roles.save"));
        save.addClickListener(click -> {
            try {
                Set<String> chosen = new HashSet<>(roles.getValue());
                if (contentEditor.getValue()) {
                    chosen.add(Roles.CONTENT_EDITOR);
                }
                users.setRoles(user.id(), chosen);
                roles.setInvalid(false);
                saved.accept("admin.saved");
            } catch (Refusal refused) {
                roles.setErrorMessage(Refusals.message(refused));
                roles.setInvalid(true);
            }
        });
        Paragraph help = new Paragraph(getTranslation(user.yourself() ? "admin.user.roles.own-help" : "admin.user.roles.help"));
        help.addClassName("field-help");
        add(new H3(getTranslation("admin.user.roles.title")), roles, contentEditor, help, save);
    }
}
