package org.doorstep.exercise.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.doorstep.base.Roles;
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
    private final ExerciseService exercise;

    public PlanView(ExerciseService exercise) {
        this.exercise = exercise;
        addClassName("plan-view");
        add(new H2(getTranslation("exercise.plan")), new RouterLink(getTranslation("exercise.plan.back"), ExerciseView.class));
        summary.addClassName("plan-summary");
        add(summary);
        refreshSummary();

        add(new H3(getTranslation("exercise.plan.remove")), new Paragraph(getTranslation("exercise.plan.remove.help")),
                MyNetworkData.download(getTranslation("exercise.plan.download"), "to-remove.csv", "text/csv",
                        () -> exercise.planCsv(Decision.REMOVE)));
        removals.addColumn(ConnectionRow::name).setHeader(getTranslation("exercise.column.name")).setFlexGrow(2);
        removals.addColumn(ConnectionRow::company).setHeader(getTranslation("exercise.column.company")).setFlexGrow(2);
        removals.addColumn(new ComponentRenderer<>(this::profileLink)).setHeader(getTranslation("exercise.profile"));
        removals.addColumn(new ComponentRenderer<>(this::removedBox)).setHeader(getTranslation("exercise.plan.removed"))
                .setFlexGrow(2);
        removals.setItems(query -> exercise.plan(Decision.REMOVE, query.getOffset(), query.getLimit()).stream(),
                query -> exercise.planSize(Decision.REMOVE));
        removals.addClassName("removals");
        add(removals);

        add(new H3(getTranslation("exercise.plan.reach-out")), new Paragraph(getTranslation("exercise.plan.reach-out.help")),
                MyNetworkData.download(getTranslation("exercise.plan.download"), "to-reach-out.csv", "text/csv",
                        () -> exercise.planCsv(Decision.REACH_OUT)));
        reachOut.addColumn(ConnectionRow::name).setHeader(getTranslation("exercise.column.name")).setFlexGrow(1);
        reachOut.addColumn(new ComponentRenderer<>(this::dueDate)).setHeader(getTranslation("exercise.plan.due"))
                .setFlexGrow(0).setWidth("11rem");
        reachOut.addColumn(this::firstMessage).setHeader(getTranslation("exercise.plan.message")).setFlexGrow(3);
        reachOut.setItems(query -> exercise.plan(Decision.REACH_OUT, query.getOffset(), query.getLimit()).stream(),
                query -> exercise.planSize(Decision.REACH_OUT));
        reachOut.addClassName("reach-out");
        add(reachOut);
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
