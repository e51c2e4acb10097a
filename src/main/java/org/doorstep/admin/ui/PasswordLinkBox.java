package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.doorstep.admin.PasswordLink;

/**
 * A set-password link's fate: mailed to the person (the administrator sees only where it went), or, without
 * mail delivery, shown once for the administrator to hand over, with a warning of what holding it means.
 */
class PasswordLinkBox extends Div {

    final Paragraph message = new Paragraph();
    final Paragraph warning = new Paragraph();
    final TextField link = new TextField();
    final Button copy = new Button();

    /** The intro is for a shown link; a mailed one says where it went and when it expires (as the reader reads times). */
    PasswordLinkBox(String intro, PasswordLink passwordLink, String expires, String personName) {
        addClassName("password-link");
        getElement().setAttribute("role", "status");
        if (passwordLink.mailed()) {
            message.setText(getTranslation("admin.link.sent", passwordLink.sentTo(), expires));
            add(message);
            return;
        }
        message.setText(intro);
        warning.setText(getTranslation("admin.link.warning", personName));
        warning.addClassName("admin-warning");
        link.setLabel(getTranslation("admin.link.label"));
        link.setValue(passwordLink.url());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setHelperText(getTranslation("admin.link.help"));
        // Selected on focus, ready to copy; the button copies it in one click.
        link.getElement().executeJs("this.addEventListener('focus', () => this.inputElement.select())");
        copy.setText(getTranslation("admin.link.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        copy.addClickListener(click -> {
            link.getElement().executeJs("this.inputElement.select();"
                    + "navigator.clipboard ? navigator.clipboard.writeText(this.value) : document.execCommand('copy')");
            copy.setText(getTranslation("admin.link.copied"));
        });
        link.setSuffixComponent(copy);
        add(message, warning, link);
    }
}
