package org.doorstep.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.doorstep.base.PreferenceService;
import org.doorstep.base.SignedInUser;

/**
 * The shell around every signed-in view. Its menu lists the views annotated with @Menu that the
 * signed-in role may open (Vaadin filters by their access annotations), so features add their
 * own entries without this class knowing them.
 */
@Layout
@PermitAll // every view inside needs a signed-in user; each view narrows it to its roles
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    /** The menu's entries by path (no leading slash), to highlight the one a page belongs to. */
    private final Map<String, SideNavItem> entries = new HashMap<>();
    private final AuthenticationContext authentication;
    private final PreferenceService preferences;

    public MainLayout(AuthenticationContext authentication, PreferenceService preferences) {
        this.authentication = authentication;
        this.preferences = preferences;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        addToNavbar(skipToContent(), toggle, viewTitle);
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        addToDrawer(brand, new Scroller(navigation()), new UserPanel(authentication, preferences));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (authentication.isAuthenticated()) {
            ThemeSwitch.apply(event.getUI(), preferences.colorScheme());
        }
    }

    /** The first thing Tab reaches: past the menu, straight into the view (hidden until focused). */
    private Button skipToContent() {
        Button skip = new Button(getTranslation("shell.skip"), click -> {
            Component content = getContent();
            if (content != null) {
                content.getElement().callJsFunction("focus");
            }
        });
        skip.addClassName("skip-link");
        skip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return skip;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
            entries.put(withoutSlash(entry.path()), item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        if (content != null) {
            // Focusable by the skip link, not by Tab.
            content.getElement().setAttribute("tabindex", "-1");
        }
        viewTitle.setText(content instanceof com.vaadin.flow.router.HasDynamicTitle titled ? titled.getPageTitle() : "");
        highlightSection(event.getLocation().getPath());
    }

    /** A page without an entry of its own (a lesson, the plan, a workshop room) highlights the entry it lies under. */
    private void highlightSection(String location) {
        entries.values().forEach(item -> item.setPathAliases(Set.of()));
        MenuSections.sectionOf(location, entries.keySet()).map(entries::get).ifPresent(item -> item.setPathAliases(
                Set.of(item.getPath() != null && item.getPath().startsWith("/") ? "/" + location : location)));
    }

    private static String withoutSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Who is signed in, the light/dark switch and sign-out, at the foot of the drawer. */
    private static final class UserPanel extends Div {
        UserPanel(AuthenticationContext authentication, PreferenceService preferences) {
            addClassName("user-panel");
            authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
                Span name = new Span(user.displayName());
                name.addClassName("user-name");
                add(name, new ThemeSwitch(preferences), new SignOutButton(authentication));
            });
        }
    }
}
