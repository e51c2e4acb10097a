package org.doorstep.admin.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.doorstep.admin.AuditEntry;
import org.doorstep.admin.AuditFilter;
import org.doorstep.admin.AuditLog;
import org.doorstep.base.Formats;
import org.doorstep.base.Roles;
import org.doorstep.security.PersonalTime;

/** The audit log, newest first, paged from the database, filtered by action, username and days. */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final Select<String> action = new Select<>();
    final TextField who = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Paragraph count = new Paragraph();
    final Grid<AuditEntry> grid = new Grid<>();
    final Paragraph intro = new Paragraph();
    private final AuditLog log;
    private final ConfigurableFilterDataProvider<AuditEntry, Void, AuditFilter> entries;

    public AuditView(AuditLog log, PersonalTime time) {
        this.log = log;
        Formats formats = time.formats();
        addClassName("admin-view");
        action.setLabel(getTranslation("admin.audit.action"));
        action.setItems(log.actions());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("admin.audit.action.any"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("admin.audit.action.any") : readable(a));
        who.setLabel(getTranslation("admin.audit.who"));
        who.setClearButtonVisible(true);
        who.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        action.addValueChangeListener(change -> filter());
        who.addValueChangeListener(change -> filter());
        from.addValueChangeListener(change -> filter());
        to.addValueChangeListener(change -> filter());
        Div filters = new Div(action, who, from, to);
        filters.addClassName("admin-filters");
        count.addClassName("admin-count");

        grid.addColumn(e -> formats.preciseMoment(e.occurredAt())).setHeader(getTranslation("admin.audit.column.when"))
                .setFlexGrow(0).setWidth("14.5rem");
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.column.actor")).setFlexGrow(1);
        grid.addColumn(e -> readable(e.action())).setHeader(getTranslation("admin.audit.column.action")).setFlexGrow(1);
        grid.addColumn(e -> e.subject() == null ? "" : e.subject()).setHeader(getTranslation("admin.audit.column.subject")).setFlexGrow(1);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("admin.audit.column.details")).setFlexGrow(4)
                .setTooltipGenerator(AuditEntry::details);
        grid.setPageSize(50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("admin.audit.grid"));
        grid.setHeight("34rem");
        entries = new CallbackDataProvider<AuditEntry, AuditFilter>(
                query -> log.entries(query.getFilter().orElse(AuditFilter.ALL), query.getOffset(), query.getLimit()).stream(),
                query -> log.count(query.getFilter().orElse(AuditFilter.ALL)), AuditEntry::id).withConfigurableFilter();
        grid.setItems(entries);
        intro.setText(getTranslation("admin.audit.intro", formats.zone().getId()));
        add(new AdminTabs(AuditView.class), intro, filters, count, grid);
        filter();
    }

    private void filter() {
        boolean backwards = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setErrorMessage(getTranslation("admin.audit.dates.order"));
        to.setInvalid(backwards);
        AuditFilter filter = new AuditFilter(action.getValue(), who.getValue(), from.getValue(), to.getValue());
        entries.setFilter(filter);
        count.setText(getTranslation("admin.audit.count", log.count(filter)));
    }

    /** USER_CREATED reads "User created"; a feature's own action names read the same way. */
    static String readable(String action) {
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title.audit");
    }
}
