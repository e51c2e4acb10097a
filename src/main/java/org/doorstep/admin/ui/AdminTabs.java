package org.doorstep.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The administration's sections, each its own address, with the current one marked. Plain links in a nav, styled
 * as tabs: Vaadin's Tabs around links nest one control in another, which screen readers announce badly.
 */
class AdminTabs extends Nav {

    private @Nullable RouterLink selected;

    AdminTabs(Class<? extends Component> current) {
        addClassName("admin-tabs");
        getElement().setAttribute("aria-label", getTranslation("admin.tabs.label"));
        Map<Class<? extends Component>, String> sections = new LinkedHashMap<>();
        sections.put(AdminView.class, "admin.tab.users");
        sections.put(OrganisationsView.class, "admin.tab.organisations");
        sections.put(CohortAdminView.class, "admin.tab.cohorts");
        sections.put(AuditView.class, "admin.tab.audit");
        sections.put(OutboxView.class, "admin.tab.outbox");
        sections.forEach((view, key) -> {
            RouterLink link = new RouterLink(getTranslation(key), view);
            link.addClassName("admin-tab");
            add(link);
            // A user's own page belongs to the users' section.
            if (view == current || (selected == null && !sections.containsKey(current))) {
                selected = link;
            }
        });
        // Set in the loop above: the current section, or the first for a page of none.
        RouterLink marked = Objects.requireNonNull(selected);
        marked.getElement().setAttribute("aria-current", "page");
        marked.addClassName("selected");
    }

    /** The section shown now. */
    String selectedText() {
        return Objects.requireNonNull(selected).getText();
    }
}
