package org.doorstep.workshop.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PlaceholderView;

@Route("workshop/join")
@Menu(order = 5, icon = "vaadin:group", title = "nav.workshop-join")
@RolesAllowed(Roles.TRAINEE)
public class JoinWorkshopView extends PlaceholderView {

    public JoinWorkshopView() {
        super("nav.workshop-join");
    }
}
