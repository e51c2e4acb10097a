package org.doorstep.exercise.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PlaceholderView;

@Route("exercise")
@Menu(order = 2, icon = "vaadin:scissors", title = "nav.exercise")
@RolesAllowed(Roles.TRAINEE)
public class ExerciseView extends PlaceholderView {

    public ExerciseView() {
        super("nav.exercise");
    }
}
