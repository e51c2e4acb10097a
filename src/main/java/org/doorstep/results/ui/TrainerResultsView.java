package org.doorstep.results.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PlaceholderView;

@Route("trainer/results")
@Menu(order = 4, icon = "vaadin:chart-grid", title = "nav.trainer-results")
@RolesAllowed(Roles.TRAINER)
public class TrainerResultsView extends PlaceholderView {

    public TrainerResultsView() {
        super("nav.trainer-results");
    }
}
