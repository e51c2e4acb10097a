package org.doorstep.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.admin.DataRequests;
import org.doorstep.admin.DirectoryAdministration;
import org.doorstep.admin.UserAdministration;
import org.doorstep.admin.UserDetail;
import org.doorstep.base.Formats;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Refusals;
import org.doorstep.security.PersonalTime;

/**
 * One account: its roles, teams, access and password, and its data requests. Each section saves on its
 * own; the page is redrawn from the database after every change.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
public class UserView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    RolesSection roles;
    TeamsSection teams;
    AccessSection access;
    EmailSection email;
    PasswordSection password;
    DataSection data;
    private final UserAdministration users;
    private final DirectoryAdministration directory;
    private final DataRequests dataRequests;
    private final Formats formats;
    private long userId;
    private String title = "";

    @SuppressWarnings("NullAway.Init") // the sections are built by setParameter, which Vaadin calls before showing the view
    public UserView(UserAdministration users, DirectoryAdministration directory, DataRequests dataRequests,
            PersonalTime time) {
        this.formats = time.formats();
        this.users = users;
        this.directory = directory;
        this.dataRequests = dataRequests;
        addClassName("admin-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        userId = id;
        show();
    }

    void show() {
        removeAll();
        add(new AdminTabs(UserView.class), new RouterLink(getTranslation("admin.user.back"), AdminView.class));
        UserDetail user = users.user(userId).orElse(null);
        if (user == null) {
            title = getTranslation("admin.title.user");
            add(new Paragraph(getTranslation("admin.user.gone")));
            return;
        }
        title = user.displayName();
        summary.removeAll();
        summary.setText(getTranslation("admin.user.summary", user.username(),
                user.organisation() == null ? getTranslation("admin.user.no-organisation") : user.organisation(),
                formats.day(user.createdAt())));
        summary.addClassName("admin-summary");
        add(new H2(user.displayName()), summary);
        if (user.yourself()) {
            add(new Paragraph(getTranslation("admin.user.you")));
        }
        roles = new RolesSection(user, users, this::changed);
        teams = new TeamsSection(user, users, directory, this::changed);
        access = new AccessSection(user, users, this::changed);
        email = new EmailSection(user, users, this::changed);
        password = new PasswordSection(user, users, formats);
        data = new DataSection(user, dataRequests);
        Div sections = new Div(roles, teams, new CohortsSection(user, directory.courseTitles()), access, email, password, data);
        sections.addClassName("admin-sections");
        add(sections);
    }

    /** After a section saved: confirm, and redraw from what is now stored. */
    private void changed(String messageKey) {
        Notification done = Notification.show(getTranslation(messageKey), 4000, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    /** A refusal that belongs to no field, as a notification. */
    static void refused(Refusal problem) {
        Notification shown = Notification.show(Refusals.message(problem),
                6000, Notification.Position.MIDDLE);
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
