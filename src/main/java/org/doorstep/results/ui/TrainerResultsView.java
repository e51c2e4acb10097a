package org.doorstep.results.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.doorstep.base.Formats;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Chart;
import org.doorstep.base.ui.ChartData;
import org.doorstep.base.ui.Downloads;
import org.doorstep.base.ui.Figure;
import org.doorstep.base.ui.FigureTiles;
import org.doorstep.results.CohortFigures;
import org.doorstep.results.Metric;
import org.doorstep.results.Tracker;
import org.doorstep.results.TrackerRow;
import org.doorstep.results.TrackerService;
import org.doorstep.security.CohortDirectory;
import org.doorstep.security.PersonalTime;
import org.jspecify.annotations.Nullable;

/** The trainer's results tracker: each trainee's before and after, and the cohort's figures with their counts. */
@Route("trainer/results")
@Menu(order = 4, icon = "vaadin:chart-grid", title = "nav.trainer-results")
@RolesAllowed(Roles.TRAINER)
public class TrainerResultsView extends VerticalLayout implements HasDynamicTitle {

    final Select<CohortDirectory.TrainerCohort> cohort = new Select<>();
    final Select<Metric> metric = new Select<>();
    final TextField nameFilter = new TextField();
    final Checkbox missingOnly = new Checkbox();
    final Grid<TrackerRow> grid = new Grid<>();
    final FigureTiles figures = new FigureTiles();
    final Div chart = new Div();
    final Anchor download = new Anchor();
    private final TrackerService tracker;
    private final Formats formats;
    private @Nullable Tracker shown;

    public TrainerResultsView(TrackerService tracker, PersonalTime time) {
        this.formats = time.formats();
        this.tracker = tracker;
        addClassName("tracker-view");
        add(new H2(getTranslation("nav.trainer-results")));
        List<CohortDirectory.TrainerCohort> cohorts = tracker.myCohorts();
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("tracker.no-cohorts")));
            return;
        }
        cohort.setLabel(getTranslation("tracker.cohort"));
        cohort.setWidth("22rem");
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(c -> getTranslation("tracker.cohort.item", c.name(), c.members()));
        metric.setLabel(getTranslation("tracker.metric"));
        metric.setItems(Metric.values());
        metric.setItemLabelGenerator(m -> getTranslation("results.metric." + ResultsView.key(m)));
        metric.setValue(Metric.PROFILE_VIEWS);
        nameFilter.setLabel(getTranslation("tracker.filter.name"));
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        missingOnly.setLabel(getTranslation("tracker.filter.missing"));
        Div controls = new Div(cohort, metric, nameFilter, missingOnly, download);
        controls.addClassName("tracker-controls");
        figures.addClassName("cohort-figures");
        configureGrid();
        chart.addClassName("tracker-chart");
        add(controls, figures, grid, chart);
        cohort.addValueChangeListener(e -> load());
        metric.addValueChangeListener(e -> load());
        nameFilter.addValueChangeListener(e -> filter());
        missingOnly.addValueChangeListener(e -> filter());
        cohort.setValue(cohorts.getFirst());
    }

    private void configureGrid() {
        grid.addColumn(TrackerRow::name).setHeader(getTranslation("tracker.column.trainee"))
                .setComparator(Comparator.comparing(TrackerRow::name)).setSortable(true).setFlexGrow(2);
        grid.addColumn(row -> text(row.baseline())).setHeader(getTranslation("tracker.column.baseline"))
                .setComparator(Comparator.comparing(TrackerRow::baseline, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(row -> text(row.latest())).setHeader(getTranslation("tracker.column.latest"))
                .setComparator(Comparator.comparing(TrackerRow::latest, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(row -> ratio(row)).setHeader(getTranslation("tracker.column.ratio"))
                .setComparator(Comparator.comparing(row -> row.ratio().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(row -> text(row.connectionsBefore()) + " → " + text(row.connectionsAfter()))
                .setHeader(getTranslation("tracker.column.connections"));
        grid.addColumn(row -> row.lastEntry() == null ? "—" : formats.day(row.lastEntry()))
                .setHeader(getTranslation("tracker.column.last-entry"))
                .setComparator(Comparator.comparing(TrackerRow::lastEntry, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(TrackerRow::missingFollowUps).setHeader(getTranslation("tracker.column.missing"))
                .setComparator(Comparator.comparingInt(TrackerRow::missingFollowUps));
        grid.getColumns().forEach(column -> column.setSortable(true).setAutoWidth(true));
        grid.setAllRowsVisible(true);
    }

    void load() {
        if (cohort.getValue() == null || metric.getValue() == null) {
            return;
        }
        shown = tracker.tracker(cohort.getValue().id(), metric.getValue());
        CohortFigures f = shown.figures();
        figures.show(List.of(
                Figure.headline(getTranslation("tracker.figure.median"),
                        f.medianRatio().map(r -> String.format(Locale.ENGLISH, "× %.2f", r)).orElse(getTranslation("tracker.na")),
                        getTranslation("figure.median.over", f.withRatio())),
                Figure.of(getTranslation("tracker.figure.improved"), String.valueOf(f.improved()),
                        getTranslation("figure.of", f.withRatio())),
                Figure.of(getTranslation("tracker.figure.baseline"), String.valueOf(f.withBaseline()),
                        getTranslation("figure.of", f.trainees())),
                Figure.of(getTranslation("tracker.figure.follow-up"), String.valueOf(f.withFollowUp()),
                        getTranslation("figure.of", f.trainees()))));
        long cohortId = shown.cohortId();
        Metric chosen = shown.metric();
        String metricName = getTranslation("results.metric." + ResultsView.key(chosen));
        download.setHref(Downloads.text(() -> tracker.csv(cohortId, chosen, metricName), "results-tracker.csv", "text/csv"));
        download.setText(getTranslation("tracker.download"));
        download.getElement().setAttribute("download", true);
        filter();
        showChart(shown);
    }

    private void filter() {
        if (shown == null) {
            return;
        }
        String name = nameFilter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(shown.rows().stream()
                .filter(row -> name.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(name))
                .filter(row -> !missingOnly.getValue() || row.missingFollowUps() > 0)
                .toList());
    }

    /** Each trainee's baseline against latest, side by side. */
    void showChart(Tracker tracker) {
        chart.removeAll();
        String metricName = getTranslation("results.metric." + ResultsView.key(tracker.metric()));
        List<TrackerRow> rows = tracker.rows();
        chart.add(new Chart(getTranslation("tracker.chart.title", metricName), new ChartData(ChartData.Type.BAR,
                rows.stream().map(TrackerRow::name).toList(),
                List.of(new ChartData.Dataset(getTranslation("tracker.column.baseline"), values(rows, TrackerRow::baseline)),
                        new ChartData.Dataset(getTranslation("tracker.column.latest"), values(rows, TrackerRow::latest))),
                getTranslation("tracker.column.trainee"), metricName)));
    }

    private static List<Double> values(List<TrackerRow> rows, java.util.function.Function<TrackerRow, Integer> figure) {
        return rows.stream().map(row -> figure.apply(row) == null ? null : figure.apply(row).doubleValue()).toList();
    }

    String ratio(TrackerRow row) {
        return row.ratio().map(r -> String.format(Locale.ENGLISH, "× %.2f", r)).orElse(getTranslation("tracker.na"));
    }

    private static String text(@Nullable Integer value) {
        return Objects.toString(value, "—");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.trainer-results");
    }
}
