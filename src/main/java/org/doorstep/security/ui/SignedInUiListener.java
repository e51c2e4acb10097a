package org.doorstep.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.doorstep.security.AccountSettings;
import org.springframework.stereotype.Component;

/**
 * For every screen: shows it in the person's language (dates and pickers included), and holds an account whose password an
 * administrator chose on the password change until it has chosen its own (ASVS V2.1: a password set by someone
 * else is temporary). One primary-key read per navigation.
 */
@Component
class SignedInUiListener implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final AccountSettings settings;

    SignedInUiListener(AuthenticationContext authentication, AccountSettings settings) {
        this.authentication = authentication;
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // Every picker and date follows the UI's locale: the person's language, British English before sign-in
            // (whatever the browser says, so nobody sees 12/4/2026 or 3:00 AM).
            ui.setLocale(authentication.isAuthenticated() ? settings.mine().language() : Locale.UK);
            ui.addBeforeEnterListener(this::holdUntilPasswordChosen);
        });
    }

    private void holdUntilPasswordChosen(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != PasswordChangeView.class && authentication.isAuthenticated()
                && settings.mustChangePassword()) {
            event.forwardTo(PasswordChangeView.class);
        }
    }
}
