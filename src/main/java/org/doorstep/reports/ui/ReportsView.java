package org.doorstep.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import org.doorstep.base.Roles;
import org.doorstep.reports.PersonProgress;
import org.doorstep.reports.ReportsService;
import org.doorstep.reports.TeamReport;
import org.doorstep.security.TeamDirectory;

/** The manager's progress report: each person of their teams in counts, and the teams' totals with their counts. */
@Route("reports")
@Menu(order = 6, icon = "vaadin:file-text-o", title = "nav.reports")
@RolesAllowed(Roles.MANAGER)
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    final Select<TeamDirectory.TeamRef> team = new Select<>();
    final Grid<PersonProgress> grid = new Grid<>();
    final UnorderedList figures = new UnorderedList();
    final Anchor download = new Anchor();
    private final ReportsService reports;

    public ReportsView(ReportsService reports) {
        this.reports = reports;
        addClassName("reports-view");
        add(new H2(getTranslation("nav.reports")), new Paragraph(getTranslation("reports.intro")));
        team.setLabel(getTranslation("reports.team"));
        team.setItems(reports.myTeams());
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(getTranslation("reports.all-teams"));
        team.setItemLabelGenerator(t -> t == null ? getTranslation("reports.all-teams")
                : getTranslation("reports.team.item", t.name(), t.members()));
        team.setWidth("20rem");
        team.addValueChangeListener(change -> load());
        download.setText(getTranslation("reports.download"));
        download.getElement().setAttribute("download", true);
        Div controls = new Div(team, download);
        controls.addClassName("tracker-controls");
        figures.addClassName("cohort-figures");
        configureGrid();
        add(controls, figures, grid);
        load();
    }

    private void configureGrid() {
        grid.addColumn(PersonProgress::name).setHeader(getTranslation("reports.column.person"))
                .setComparator(Comparator.comparing(PersonProgress::name));
        grid.addColumn(PersonProgress::team).setHeader(getTranslation("reports.column.team"))
                .setComparator(Comparator.comparing(PersonProgress::team));
        grid.addColumn(p -> getTranslation(p.enrolled() ? "reports.yes" : "reports.no")).setHeader(getTranslation("reports.column.enrolled"));
        grid.addColumn(p -> p.lessonsCompleted() + " / " + p.lessonsTotal()).setHeader(getTranslation("reports.column.lessons"))
                .setComparator(Comparator.comparingInt(PersonProgress::lessonsCompleted));
        grid.addColumn(p -> p.lastActivity() == null ? "—" : DATE.format(p.lastActivity()))
                .setHeader(getTranslation("reports.column.last-activity"));
        grid.addColumn(p -> p.reviewedPercent().map(v -> v + "%").orElse(getTranslation("reports.na")))
                .setHeader(getTranslation("reports.column.reviewed"));
        grid.addColumn(PersonProgress::removed).setHeader(getTranslation("reports.column.removed"))
                .setComparator(Comparator.comparingInt(PersonProgress::removed));
        grid.addColumn(p -> getTranslation(p.baseline() ? "reports.yes" : "reports.no")).setHeader(getTranslation("reports.column.baseline"));
        grid.addColumn(p -> p.profileViewRatio().map(r -> String.format(Locale.ENGLISH, "× %.2f", r)).orElse(getTranslation("reports.na")))
                .setHeader(getTranslation("reports.column.ratio"));
        grid.addColumn(PersonProgress::overdueFollowUps).setHeader(getTranslation("reports.column.overdue"))
                .setComparator(Comparator.comparingInt(PersonProgress::overdueFollowUps));
        grid.getColumns().forEach(column -> column.setSortable(true).setAutoWidth(true));
        grid.setAllRowsVisible(true);
    }

    void load() {
        Long teamId = team.getValue() == null ? null : team.getValue().id();
        TeamReport report = reports.report(teamId);
        grid.setItems(report.people());
        int people = report.people().size();
        figures.removeAll();
        figures.add(new ListItem(getTranslation("reports.figure.enrolled", report.enrolled(), people)),
                new ListItem(getTranslation("reports.figure.completed", report.completedCourse(), people)),
                new ListItem(getTranslation("reports.figure.baseline", report.withBaseline(), people)),
                new ListItem(getTranslation("reports.figure.median", report.medianRatio()
                        .map(r -> String.format(Locale.ENGLISH, "× %.2f", r)).orElse(getTranslation("reports.na")), report.withRatio())),
                new ListItem(getTranslation("reports.figure.removed", report.removedTotal(), people)));
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] csv = reports.csv(teamId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "team-report.csv", "text/csv; charset=utf-8", csv.length);
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
