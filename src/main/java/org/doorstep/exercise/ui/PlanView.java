package org.doorstep.exercise.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.doorstep.base.Formats;
import org.doorstep.security.PersonalTime;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.PhoneColumns;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExerciseSummary;

/**
 * The pruning plan: whom to remove on LinkedIn (ticked off as done) and whom to get to know,
 * with counts only at the top. Both lists page from the database and download as safe CSV.
 */
@Route("exercise/plan")
@RolesAllowed(Roles.TRAINEE)
public class PlanView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ConnectionRow> removals = new Grid<>();
    final Grid<ConnectionRow> reachOut = new Grid<>();
    final UnorderedList summary = new UnorderedList();
    /** Up to this many rows a plan list shows them all; beyond, it scrolls and pages from the database. */
    static final int ALL_ROWS_UP_TO = 25;
    private final ExerciseService exercise;
    private final Formats formats;

    public PlanView(ExerciseService exercise, PersonalTime time) {
        this.exercise = exercise;
        this.formats = time.formats();
        addClassName("plan-view");
        add(new H2(getTranslation("exercise.plan")), new RouterLink(getTranslation("exercise.plan.back"), ExerciseView.class));
        summary.addClassName("plan-summary");
        add(summary);
        refreshSummary();

        add(new H3(getTranslation("exercise.plan.remove")), new Paragraph(getTranslation("exercise.plan.remove.help")),
                MyNetworkData.download(getTranslation("exercise.plan.download"), "to-remove.csv", "text/csv",
                        () -> exercise.planCsv(Decision.REMOVE, this::firstMessage)));
        var removalName = removals.addColumn(ConnectionRow::name).setHeader(getTranslation("exercise.column.name")).setFlexGrow(2);
        removals.addColumn(ConnectionRow::company).setHeader(getTranslation("exercise.column.company")).setFlexGrow(2);
        var profile = removals.addColumn(new ComponentRenderer<>(this::profileLink)).setHeader(getTranslation("exercise.profile"));
        var done = removals.addColumn(new ComponentRenderer<>(this::removedBox)).setHeader(getTranslation("exercise.plan.removed"))
                .setFlexGrow(2);
        removals.setItems(query -> exercise.plan(Decision.REMOVE, query.getOffset(), query.getLimit()).stream(),
                query -> exercise.planSize(Decision.REMOVE));
        removals.addClassName("removals");
        fitToContent(removals, exercise.planSize(Decision.REMOVE), "exercise.plan.nobody.remove");
        PhoneColumns.keepOnPhones(removals, List.of(removalName, profile, done));
        add(removals);

        add(new H3(getTranslation("exercise.plan.reach-out")), new Paragraph(getTranslation("exercise.plan.reach-out.help")),
                MyNetworkData.download(getTranslation("exercise.plan.download"), "to-reach-out.csv", "text/csv",
                        () -> exercise.planCsv(Decision.REACH_OUT, this::firstMessage)));
        // On a phone the due date column gives way to the message; the name cell then says the date (CSS shows it).
        var reachOutName = reachOut.addColumn(LitRenderer.<ConnectionRow>of("<div class='person'><span class='person-name'>"
                        + "${item.name}</span><span class='person-work plan-due'>${item.due}</span></div>")
                .withProperty("name", ConnectionRow::name)
                .withProperty("due", row -> row.reachOutDue() == null ? ""
                        : getTranslation("exercise.plan.due.text", formats.day(row.reachOutDue()))))
                .setHeader(getTranslation("exercise.column.name")).setFlexGrow(1);
        reachOut.addColumn(new ComponentRenderer<>(this::dueDate)).setHeader(getTranslation("exercise.plan.due"))
                .setFlexGrow(0).setWidth("11rem");
        var message = reachOut.addColumn(new ComponentRenderer<>(row -> new FirstMessage(firstMessage(row), row.name())))
                .setHeader(getTranslation("exercise.plan.message")).setFlexGrow(3).setKey("message");
        reachOut.setItems(query -> exercise.plan(Decision.REACH_OUT, query.getOffset(), query.getLimit()).stream(),
                query -> exercise.planSize(Decision.REACH_OUT));
        reachOut.addClassName("reach-out");
        fitToContent(reachOut, exercise.planSize(Decision.REACH_OUT), "exercise.plan.nobody.reach-out");
        PhoneColumns.keepOnPhones(reachOut, List.of(reachOutName, message));
        add(reachOut);
    }

    /** Names and messages wrap, never cut; a short list is as tall as its rows, a long one pages in a window-high grid. */
    private void fitToContent(Grid<ConnectionRow> grid, int rows, String emptyKey) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.setAllRowsVisible(rows <= ALL_ROWS_UP_TO);
        if (rows > ALL_ROWS_UP_TO) {
            grid.addClassName("long-list");
        }
    }

    private Anchor profileLink(ConnectionRow row) {
        Anchor link = new Anchor(row.profileUrl() == null ? "" : row.profileUrl(), getTranslation("exercise.plan.open"),
                AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.getElement().setAttribute("aria-label", getTranslation("exercise.plan.open-for", row.name()));
        link.setEnabled(row.profileUrl() != null);
        return link;
    }

    private Div removedBox(ConnectionRow row) {
        if (row.gone()) {
            Div gone = new Div(getTranslation("exercise.plan.gone"));
            gone.addClassName("gone");
            return gone;
        }
        Checkbox removed = new Checkbox(getTranslation("exercise.plan.removed.box"), row.removedOnLinkedIn());
        removed.setAriaLabel(getTranslation("exercise.plan.removed.for", row.name()));
        removed.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                exercise.setRemovedOnLinkedIn(row.id(), change.getValue());
                Notification.show(getTranslation("exercise.saved.removed", row.name()), 2500, Notification.Position.BOTTOM_CENTER);
                refreshSummary();
            }
        });
        return new Div(removed);
    }

    private DatePicker dueDate(ConnectionRow row) {
        DatePicker due = new DatePicker(row.reachOutDue());
        due.setAriaLabel(getTranslation("exercise.plan.due-for", row.name()));
        due.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                exercise.setReachOutDue(row.id(), change.getValue());
            }
        });
        return due;
    }

    String firstMessage(ConnectionRow row) {
        String first = row.firstName().isBlank() ? row.name() : row.firstName();
        String work = row.company() == null ? getTranslation("exercise.plan.message.work")
                : getTranslation("exercise.plan.message.at", row.company());
        return getTranslation("exercise.plan.message.text", first, work);
    }

    private void refreshSummary() {
        ExerciseSummary now = exercise.summary();
        summary.removeAll();
        summary.add(new ListItem(getTranslation("exercise.summary.total", now.total())),
                new ListItem(getTranslation("exercise.summary.reviewed", now.reviewed())),
                new ListItem(getTranslation("exercise.summary.keep", now.keep())),
                new ListItem(getTranslation("exercise.summary.weak-tie", now.weakTie())),
                new ListItem(getTranslation("exercise.summary.reach-out", now.reachOut())),
                new ListItem(getTranslation("exercise.summary.remove", now.remove())),
                new ListItem(getTranslation("exercise.summary.removed", now.removedOnLinkedIn())),
                new ListItem(getTranslation("exercise.summary.gone", now.goneSinceLastImport())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercise.plan");
    }
}
