package org.doorstep.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.doorstep.security.AccountService;
import org.doorstep.security.AccountSettings;

/**
 * Choosing one's own password, without the menu: where an account whose password an administrator chose is held
 * (see {@link SignedInUiListener}) until it has one of its own.
 */
@Route(value = "settings/password", autoLayout = false)
@PermitAll
public class PasswordChangeView extends Main implements HasDynamicTitle {

    final Paragraph intro = new Paragraph();
    final PasswordChangeForm form;

    public PasswordChangeView(AccountSettings settings, AccountService accounts, AuthenticationContext authentication) {
        addClassName("login-view");
        form = new PasswordChangeForm(settings, accounts, () -> AccountForms.doneThenGo(this, "settings.password.done", ""));
        intro.setText(getTranslation(settings.mustChangePassword() ? "settings.password.forced" : "settings.password.intro"));
        Button signOut = new Button(getTranslation("shell.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div();
        card.addClassName("login-card");
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        card.add(brand, intro, form, signOut);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.password.title");
    }
}
