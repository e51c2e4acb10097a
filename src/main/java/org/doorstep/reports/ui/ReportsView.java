package org.doorstep.reports.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.doorstep.base.DateRange;
import org.doorstep.base.Formats;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Downloads;
import org.doorstep.base.ui.Figure;
import org.doorstep.base.ui.FigureTiles;
import org.doorstep.reports.PersonProgress;
import org.doorstep.reports.ReportColumn;
import org.doorstep.course.CourseChoice;
import org.doorstep.reports.ReportFilter;
import org.doorstep.reports.ReportSort;
import org.doorstep.reports.ReportsService;
import org.doorstep.reports.TeamFigures;
import org.doorstep.security.PersonalTime;
import org.doorstep.security.TeamDirectory;

/**
 * The manager's progress report: each person of their teams in counts, and the teams' totals with
 * their counts, filtered by team, cohort and dates; downloadable as CSV and PDF with the same filters.
 * The grid asks the database for one sorted page at a time: the view keeps the filters and the figures only.
 */
@Route("reports")
@Menu(order = 6, icon = "vaadin:file-text-o", title = "nav.reports")
@RolesAllowed(Roles.MANAGER)
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    /** Up to this many people the grid shows every row; beyond it scrolls, fetching pages as they come into view. */
    static final int ALL_ROWS_UP_TO = 50;

    final Select<TeamDirectory.TeamRef> team = new Select<>();
    final Select<TeamDirectory.TeamCohort> cohort = new Select<>();
    /** Shown only when the cohorts of the manager's teams take more than one course: whose lessons to count. */
    final Select<CourseChoice> course = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<PersonProgress> grid = new Grid<>();
    final FigureTiles figures = new FigureTiles();
    final Anchor csv = new Anchor();
    final Anchor pdf = new Anchor();
    private final ReportsService reports;
    private final Formats formats;
    private volatile List<ReportSort> shownOrder = List.of();

    public ReportsView(ReportsService reports, PersonalTime time) {
        this.reports = reports;
        this.formats = time.formats();
        addClassName("reports-view");
        add(new H2(getTranslation("nav.reports")), new Paragraph(getTranslation("reports.intro")));
        configureFilters();
        download(csv, "reports.download");
        download(pdf, "reports.download.pdf");
        // The two downloads stay together: neither wraps onto a line of its own.
        Div downloads = new Div(csv, pdf);
        downloads.addClassName("report-downloads");
        Div controls = new Div(team, cohort, course, from, to, downloads);
        controls.addClassName("tracker-controls");
        Paragraph datesHelp = new Paragraph(getTranslation("reports.dates.help"));
        datesHelp.addClassName("field-help");
        figures.addClassName("cohort-figures");
        configureGrid();
        add(controls, datesHelp, figures, grid);
        load();
    }

    private void configureFilters() {
        team.setLabel(getTranslation("reports.team"));
        team.setItems(reports.myTeams());
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(getTranslation("reports.all-teams"));
        team.setItemLabelGenerator(t -> t == null ? getTranslation("reports.all-teams")
                : getTranslation("reports.team.item", t.name(), t.members()));
        team.setWidth("18rem");
        cohort.setLabel(getTranslation("reports.cohort"));
        cohort.setItems(reports.myCohorts());
        cohort.setEmptySelectionAllowed(true);
        cohort.setEmptySelectionCaption(getTranslation("reports.all-cohorts"));
        cohort.setItemLabelGenerator(c -> c == null ? getTranslation("reports.all-cohorts")
                : getTranslation("reports.cohort.item", c.name(), c.members()));
        cohort.setWidth("18rem");
        List<CourseChoice> courses = reports.myCourses();
        course.setLabel(getTranslation("reports.course"));
        course.setItems(courses);
        course.setItemLabelGenerator(CourseChoice::title);
        course.setWidth("18rem");
        course.setVisible(courses.size() > 1);
        courses.stream().filter(c -> c.slug().equals(reports.courseOf(ReportFilter.ALL))).findFirst()
                .ifPresent(course::setValue);
        // Choosing a cohort counts the lessons of the course it takes.
        cohort.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                courses.stream().filter(c -> c.slug().equals(change.getValue().courseSlug())).findFirst()
                        .ifPresent(course::setValue);
            }
        });
        course.addValueChangeListener(change -> load());
        from.setLabel(getTranslation("reports.from"));
        to.setLabel(getTranslation("reports.to"));
        for (DatePicker date : new DatePicker[] {from, to}) {
            date.setClearButtonVisible(true);
            date.setWidth("10rem");
        }
        to.setErrorMessage(getTranslation("reports.dates.invalid"));
        team.addValueChangeListener(change -> load());
        cohort.addValueChangeListener(change -> load());
        from.addValueChangeListener(change -> load());
        to.addValueChangeListener(change -> load());
    }

    private void download(Anchor anchor, String text) {
        anchor.setText(getTranslation(text));
        anchor.getElement().setAttribute("download", true);
    }

    private void configureGrid() {
        Grid.Column<PersonProgress> person = column(PersonProgress::name, "reports.column.person", ReportColumn.PERSON, "8.5rem")
                .setFlexGrow(2).setFrozen(true);
        column(PersonProgress::team, "reports.column.team", ReportColumn.TEAM, "7.5rem").setFlexGrow(1);
        column(p -> yesNo(p.enrolled()), "reports.column.enrolled", ReportColumn.ENROLLED, "5rem");
        column(p -> p.lessonsCompleted() + " / " + p.lessonsTotal(), "reports.column.lessons", ReportColumn.LESSONS, "6.5rem");
        column(p -> p.lastActivity() == null ? "—" : formats.day(p.lastActivity()), "reports.column.last-activity",
                ReportColumn.LAST_ACTIVITY, "6rem");
        column(p -> p.reviewedPercent().map(v -> v + "%").orElse(getTranslation("reports.na")), "reports.column.reviewed",
                ReportColumn.REVIEWED, "7rem");
        column(p -> String.valueOf(p.removed()), "reports.column.removed", ReportColumn.REMOVED, "6rem");
        column(p -> yesNo(p.baseline()), "reports.column.baseline", ReportColumn.BASELINE, "6rem");
        column(p -> p.profileViewRatio().map(r -> String.format(Locale.ENGLISH, "× %.2f", r)).orElse(getTranslation("reports.na")),
                "reports.column.ratio", ReportColumn.RATIO, "5.5rem");
        column(p -> String.valueOf(p.overdueFollowUps()), "reports.column.overdue", ReportColumn.OVERDUE, "6.5rem");
        column(p -> p.lastResultEntry() == null ? "—" : formats.day(p.lastResultEntry()), "reports.column.last-entry",
                ReportColumn.LAST_ENTRY, "6rem");
        // Eleven columns, each wide enough for its header's longest word: compact rows, and the name kept in view
        // when the rest scrolls sideways (below about 1,440 pixels with the menu open).
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setWidthFull();
        grid.sort(List.of(new GridSortOrder<>(person, SortDirection.ASCENDING)));
    }

    /** A column sorted by the database: its key and sort property name the report's column. */
    private Grid.Column<PersonProgress> column(Function<PersonProgress, String> value, String header, ReportColumn sortedBy,
            String width) {
        return grid.addColumn(value::apply).setHeader(getTranslation(header)).setKey(sortedBy.name())
                .setSortProperty(sortedBy.name()).setWidth(width).setFlexGrow(0);
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "reports.yes" : "reports.no");
    }

    /**
     * Reads the filters and shows their figures; the grid asks the database for the people a page at a time,
     * sorted there. Dates whose end comes before the start are refused.
     */
    void load() {
        boolean datesInOrder = from.getValue() == null || to.getValue() == null || !from.getValue().isAfter(to.getValue());
        to.setInvalid(!datesInOrder);
        // Downloads must never carry the previous filter's people while the screen asks for new dates.
        csv.setEnabled(datesInOrder);
        pdf.setEnabled(datesInOrder);
        if (!datesInOrder) {
            return;
        }
        ReportFilter filter = new ReportFilter(team.getValue() == null ? null : team.getValue().id(),
                cohort.getValue() == null ? null : cohort.getValue().id(), new DateRange(from.getValue(), to.getValue()),
                course.isVisible() && course.getValue() != null ? course.getValue().slug() : null);
        TeamFigures shown = reports.figures(filter);
        boolean many = shown.people() > ALL_ROWS_UP_TO;
        grid.setAllRowsVisible(!many);
        grid.setHeight(many ? "36rem" : null);
        grid.setItems(query -> {
            shownOrder = order(query.getSortOrders());
            return reports.people(filter, shownOrder, query.getOffset(), query.getLimit()).stream();
        }, query -> reports.count(filter));
        showFigures(shown);
        // The downloads list people as the grid shows them at the moment of the click.
        csv.setHref(Downloads.text(() -> reports.csv(filter, shownOrder), "team-report.csv", "text/csv"));
        pdf.setHref(Downloads.bytes(() -> reports.pdf(filter, shownOrder), "team-report.pdf", "application/pdf"));
    }

    private static List<ReportSort> order(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().map(sort -> new ReportSort(ReportColumn.valueOf(sort.getSorted()),
                sort.getDirection() == SortDirection.DESCENDING)).toList();
    }

    private void showFigures(TeamFigures report) {
        int people = report.people();
        String ofPeople = getTranslation("figure.of", people);
        figures.show(List.of(
                Figure.headline(getTranslation("reports.figure.median"), report.medianRatio()
                        .map(r -> String.format(Locale.ENGLISH, "× %.2f", r)).orElse(getTranslation("reports.na")),
                        getTranslation("figure.median.over", report.withRatio())),
                Figure.of(getTranslation("reports.figure.enrolled"), String.valueOf(report.enrolled()), ofPeople),
                Figure.of(getTranslation("reports.figure.completed"), String.valueOf(report.completedCourse()), ofPeople),
                Figure.of(getTranslation("reports.figure.active"), String.valueOf(report.active()), ofPeople),
                Figure.of(getTranslation("reports.figure.lessons"), String.valueOf(report.lessonsCompleted()),
                        getTranslation("figure.in-total")),
                Figure.of(getTranslation("reports.figure.baseline"), String.valueOf(report.withBaseline()), ofPeople),
                Figure.of(getTranslation("reports.figure.overdue"), String.valueOf(report.withOverdue()), ofPeople),
                Figure.of(getTranslation("reports.figure.removed"), String.valueOf(report.removedTotal()),
                        getTranslation("figure.in-total"))));
    }

    /** A download made when clicked, for the filter shown then (the service checks the manager again). */
    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
