package org.doorstep.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;

class SignOutButton extends Button {

    SignOutButton(AuthenticationContext authentication) {
        super(VaadinIcon.SIGN_OUT.create());
        setText(getTranslation("shell.sign-out"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("sign-out");
        addClickListener(click -> authentication.logout());
    }
}
