package org.doorstep.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;

/** The administration's sections, each its own address, with the current one marked. */
class AdminTabs extends Tabs {

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
            Tab tab = new Tab(new RouterLink(getTranslation(key), view));
            add(tab);
            if (view == current) {
                setSelectedTab(tab);
            }
        });
        if (!sections.containsKey(current)) {
            setSelectedIndex(0); // a user's own page belongs to the users' section
        }
    }
}
