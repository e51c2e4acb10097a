package org.doorstep.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.doorstep.admin.PasswordLink;

/** A set-password link, shown once for the administrator to copy into a message to the person. */
class PasswordLinkBox extends Div {

    final TextField link = new TextField();

    PasswordLinkBox(String intro, PasswordLink passwordLink) {
        addClassName("password-link");
        getElement().setAttribute("role", "status");
        link.setLabel(getTranslation("admin.link.label"));
        link.setValue(absolute(passwordLink.path()));
        link.setReadOnly(true);
        link.setHelperText(getTranslation("admin.link.help"));
        // Selected on focus, ready to copy.
        link.getElement().executeJs("this.addEventListener('focus', () => this.inputElement.select())");
        add(new Paragraph(intro), link);
    }

    /** The address as this request reached the server (behind a proxy, as forwarded headers say). */
    private static String absolute(String path) {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/" + path;
        }
        HttpServletRequest request = current.getHttpServletRequest();
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/" + path;
    }
}
