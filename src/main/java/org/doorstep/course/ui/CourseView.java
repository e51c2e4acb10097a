package org.doorstep.course.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PlaceholderView;

@Route("course")
@Menu(order = 1, icon = "vaadin:academy-cap", title = "nav.course")
@RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
public class CourseView extends PlaceholderView {

    public CourseView() {
        super("nav.course");
    }
}
