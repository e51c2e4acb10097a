package org.doorstep.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.doorstep.admin.UserAdministration;
import org.doorstep.admin.UserFilter;
import org.doorstep.admin.UserRow;
import org.doorstep.base.Formats;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PhoneColumns;
import org.doorstep.security.PersonalTime;

/** The accounts, paged from the database, filtered by name, role and status; a row opens the account. */
@Route("admin")
@Menu(order = 7, icon = "vaadin:cog", title = "nav.admin")
@RolesAllowed(Roles.ADMIN)
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    enum Status { ALL, ACTIVE, DEACTIVATED }

    final TextField search = new TextField();
    final Select<String> role = new Select<>();
    final Select<Status> status = new Select<>();
    final Button newUser = new Button();
    final Grid<UserRow> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    private final UserAdministration users;
    private final ConfigurableFilterDataProvider<UserRow, Void, UserFilter> rows;
    private final Formats formats;

    public AdminView(UserAdministration users, PersonalTime time) {
        this.users = users;
        this.formats = time.formats();
        addClassNames("admin-view");
        search.setLabel(getTranslation("admin.users.search"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> filter());
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Roles.ALL);
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("admin.users.role.any"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("admin.users.role.any") : getTranslation("admin.role." + r));
        role.addValueChangeListener(change -> filter());
        status.setLabel(getTranslation("admin.users.status"));
        status.setItems(Status.values());
        status.setValue(Status.ALL);
        status.setItemLabelGenerator(s -> getTranslation("admin.users.status." + s.name()));
        status.addValueChangeListener(change -> filter());
        status.setWidth("15rem");
        newUser.setText(getTranslation("admin.users.new"));
        newUser.setIcon(VaadinIcon.PLUS.create());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClassName("admin-primary");
        newUser.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NewUserView.class)));
        Div filters = new Div(search, role, status, newUser);
        filters.addClassName("admin-filters");
        count.addClassName("admin-count");

        rows = new CallbackDataProvider<UserRow, UserFilter>(
                query -> users.users(query.getFilter().orElse(UserFilter.ALL), query.getOffset(), query.getLimit()).stream(),
                query -> users.countUsers(query.getFilter().orElse(UserFilter.ALL)),
                UserRow::id).withConfigurableFilter();
        configureGrid();
        add(new AdminTabs(AdminView.class), filters, count, grid);
        filter();
    }

    private void configureGrid() {
        Grid.Column<UserRow> name = grid.addColumn(UserRow::displayName).setHeader(getTranslation("admin.users.column.name"))
                .setFlexGrow(2);
        Grid.Column<UserRow> username = grid.addColumn(UserRow::username)
                .setHeader(getTranslation("admin.users.column.username")).setFlexGrow(1);
        grid.addColumn(row -> row.roles().stream().map(r -> getTranslation("admin.role." + r)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.users.column.roles")).setFlexGrow(2);
        grid.addColumn(row -> row.organisation() == null ? "" : row.organisation())
                .setHeader(getTranslation("admin.users.column.organisation")).setFlexGrow(3);
        grid.addColumn(row -> getTranslation(row.active() ? "admin.user.status.active" : "admin.user.status.deactivated"))
                .setHeader(getTranslation("admin.users.column.status")).setFlexGrow(0).setWidth("8.5rem");
        grid.addColumn(row -> formats.day(row.createdAt())).setHeader(getTranslation("admin.users.column.created"))
                .setFlexGrow(0).setWidth("8.5rem");
        PhoneColumns.keepOnPhones(grid, List.of(name, username));
        grid.setPageSize(50);
        grid.setItems(rows);
        grid.setAriaLabel(getTranslation("admin.users.grid"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setHeight("32rem");
    }

    void open(UserRow row) {
        getUI().ifPresent(ui -> ui.navigate(UserView.class, row.id()));
    }

    private void filter() {
        Boolean active = switch (status.getValue() == null ? Status.ALL : status.getValue()) {
            case ALL -> null;
            case ACTIVE -> true;
            case DEACTIVATED -> false;
        };
        UserFilter filter = new UserFilter(search.getValue(), role.getValue(), active);
        rows.setFilter(filter);
        count.setText(getTranslation("admin.users.count", users.countUsers(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin");
    }
}
