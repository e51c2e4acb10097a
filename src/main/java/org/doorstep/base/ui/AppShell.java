package org.doorstep.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Stylesheets come from /assets (the top-level frontend/ folder) so no
 * Vaadin frontend bundle is ever built; push serves the live workshop.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("assets/styles/doorstep.css")
@ColorScheme(ColorScheme.Value.LIGHT)
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    /** The tab's icon; without one every page asks for a /favicon.ico that does not exist. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "assets/icons/doorstep.svg", "any");
    }
}
