package org.doorstep.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.doorstep.base.HomeNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.doorstep.base.Roles;
import org.doorstep.base.SignedInUser;

/**
 * Where everyone lands after signing in: a card for each place the role may go, in menu order,
 * each saying what it is for.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(AuthenticationContext authentication, ObjectProvider<HomeNotices> notices) {
        addClassName("home-view");
        String name = authentication.getAuthenticatedUser(SignedInUser.class)
                .map(SignedInUser::displayName).orElse("");
        add(new H2(getTranslation("home.greeting", name)));
        add(new Paragraph(getTranslation(roleIntroKey(authentication))));
        notices.orderedStream().flatMap(source -> source.forCurrentUser().stream()).forEach(notice -> {
            Anchor link = new Anchor(notice.path(), getTranslation(notice.messageKey(), notice.arguments().toArray()));
            Div box = new Div(link);
            box.addClassName("home-notice");
            box.getElement().setAttribute("role", "status");
            add(box);
        });
        Div cards = new Div();
        cards.addClassName("home-cards");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() != HomeView.class) {
                cards.add(card(entry));
            }
        }
        add(cards);
    }

    private RouterLink card(MenuEntry entry) {
        RouterLink link = new RouterLink(entry.menuClass());
        link.addClassName("home-card");
        if (entry.icon() != null && !entry.icon().isBlank()) {
            link.add(new Icon(entry.icon()));
        }
        Div text = new Div();
        Div title = new Div(getTranslation(entry.title()));
        title.addClassName("home-card-title");
        text.add(title, new Paragraph(getTranslation(entry.title() + ".description")));
        link.add(text);
        return link;
    }

    private static String roleIntroKey(AuthenticationContext authentication) {
        for (String role : Roles.ALL) {
            if (authentication.hasRole(role)) {
                return "home.intro." + role.toLowerCase(Locale.ROOT);
            }
        }
        return "home.intro.none";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
