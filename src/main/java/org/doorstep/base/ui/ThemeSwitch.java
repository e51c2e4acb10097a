package org.doorstep.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import org.doorstep.base.PreferenceService;

/** Switches light/dark at once and saves the choice, so every device of the user opens in it. */
class ThemeSwitch extends Button {

    private final PreferenceService preferences;
    private PreferenceService.ColorScheme current;

    ThemeSwitch(PreferenceService preferences) {
        this.preferences = preferences;
        this.current = preferences.colorScheme();
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("theme-switch");
        addClickListener(click -> toggle());
        describe();
    }

    private void toggle() {
        current = current == PreferenceService.ColorScheme.DARK
                ? PreferenceService.ColorScheme.LIGHT : PreferenceService.ColorScheme.DARK;
        preferences.setColorScheme(current);
        getUI().ifPresent(ui -> apply(ui, current));
        describe();
    }

    private void describe() {
        boolean dark = current == PreferenceService.ColorScheme.DARK;
        setText(getTranslation(dark ? "shell.theme.light" : "shell.theme.dark"));
        setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
    }

    static void apply(UI ui, PreferenceService.ColorScheme scheme) {
        ui.getPage().setColorScheme(scheme == PreferenceService.ColorScheme.DARK
                ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }
}
