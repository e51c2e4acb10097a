package org.doorstep.results.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PlaceholderView;

@Route("results")
@Menu(order = 3, icon = "vaadin:chart-line", title = "nav.results")
@RolesAllowed(Roles.TRAINEE)
public class ResultsView extends PlaceholderView {

    public ResultsView() {
        super("nav.results");
    }
}
