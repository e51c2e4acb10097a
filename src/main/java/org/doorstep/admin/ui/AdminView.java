package org.doorstep.admin.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PlaceholderView;

@Route("admin")
@Menu(order = 7, icon = "vaadin:cog", title = "nav.admin")
@RolesAllowed(Roles.ADMIN)
public class AdminView extends PlaceholderView {

    public AdminView() {
        super("nav.admin");
    }
}
