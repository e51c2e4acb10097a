package org.doorstep.reports.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PlaceholderView;

@Route("reports")
@Menu(order = 6, icon = "vaadin:file-text-o", title = "nav.reports")
@RolesAllowed(Roles.MANAGER)
public class ReportsView extends PlaceholderView {

    public ReportsView() {
        super("nav.reports");
    }
}
