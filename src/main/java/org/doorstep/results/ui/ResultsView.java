package org.doorstep.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.base.Formats;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.base.ui.Chart;
import org.doorstep.base.ui.ChartData;
import org.doorstep.base.ui.Figure;
import org.doorstep.base.ui.FigureTiles;
import org.doorstep.base.ui.Refusals;
import org.doorstep.results.ResultsPage;
import org.doorstep.security.PersonalTime;
import org.doorstep.exercise.ExerciseSummary;
import org.doorstep.results.FollowUp;
import org.doorstep.results.Metric;
import org.doorstep.results.ResultsService;
import org.doorstep.results.Snapshot;

/**
 * The trainee's results: figures recorded by hand before and after pruning, follow-ups due, and the
 * change since the baseline beside the article's anecdote (an anecdote, not a promise).
 */
@Route("results")
@Menu(order = 3, icon = "vaadin:chart-line", title = "nav.results")
@RolesAllowed(Roles.TRAINEE)
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    final SnapshotForm form;
    final Grid<Snapshot> entries = new Grid<>();
    final FigureTiles ratios = new FigureTiles();
    final Div empty = new Div();
    final Div change = new Div();
    final UnorderedList followUps = new UnorderedList();
    final DatePicker finished = new DatePicker();
    final Div charts = new Div();
    private final ResultsService results;
    private final Clock clock;
    private final Formats formats;

    public ResultsView(ResultsService results, Clock clock, PersonalTime time) {
        this.results = results;
        this.formats = time.formats();
        this.clock = clock;
        addClassName("results-view");
        add(new H2(getTranslation("nav.results")), new Paragraph(getTranslation("results.intro")));

        ratios.addClassName("ratios");
        Paragraph anecdote = new Paragraph(getTranslation("results.anecdote"));
        anecdote.addClassName("anecdote");
        change.add(new H3(getTranslation("results.change")), ratios, anecdote);
        change.addClassName("results-change");

        finished.setLabel(getTranslation("results.finished"));
        finished.setHelperText(getTranslation("results.finished.help"));
        finished.setMax(LocalDate.now(clock));
        finished.setClearButtonVisible(true);
        finished.setWidth("18rem");
        finished.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                try {
                    results.setPruningFinishedOn(event.getValue());
                    refresh();
                } catch (Refusal refused) {
                    finished.setErrorMessage(Refusals.message(refused));
                    finished.setInvalid(true);
                }
            }
        });
        followUps.addClassName("follow-ups");
        Div schedule = new Div(new H3(getTranslation("results.schedule")), finished, followUps);
        schedule.addClassName("results-schedule");

        form = new SnapshotForm(this::save, LocalDate.now(clock));
        Button start = new Button(getTranslation("results.empty.action"), click -> form.profileViews.focus());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty.add(new H3(getTranslation("results.empty.title")), new Paragraph(getTranslation("results.empty.text")), start);
        empty.addClassName("empty-state");
        Div entry = new Div(new H3(getTranslation("results.record")), form);
        entry.addClassName("results-entry");

        configureGrid();
        charts.addClassName("results-charts");
        add(empty, change, schedule, entry, new H3(getTranslation("results.entries")), entries, charts);
        refresh();
    }

    private void configureGrid() {
        entries.addColumn(s -> formats.day(s.takenOn())).setHeader(getTranslation("results.field.date")).setAutoWidth(true);
        entries.addColumn(s -> getTranslation(s.baseline() ? "results.kind.baseline" : "results.kind.follow-up"))
                .setHeader(getTranslation("results.kind")).setWidth("7.5rem").setFlexGrow(0);
        for (Metric metric : Metric.values()) {
            entries.addColumn(s -> Optional.ofNullable(s.value(metric)).map(String::valueOf).orElse("—"))
                    .setHeader(getTranslation("results.metric." + key(metric))).setAutoWidth(true);
        }
        // Kept in view at the right edge however far the figures scroll.
        entries.addColumn(new ComponentRenderer<>(this::rowActions)).setHeader(getTranslation("results.actions"))
                .setAutoWidth(true).setFrozenToEnd(true);
        entries.setAllRowsVisible(true);
    }

    private Div rowActions(Snapshot snapshot) {
        Button edit = new Button(getTranslation("results.edit"), click -> form.edit(snapshot));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("results.edit.for", formats.day(snapshot.takenOn())));
        Button delete = new Button(getTranslation("results.delete"), click -> {
            results.delete(Objects.requireNonNull(snapshot.id(), "a listed snapshot is stored"));
            Notification.show(getTranslation("results.deleted"), 3000, Notification.Position.BOTTOM_CENTER);
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("results.delete.for", formats.day(snapshot.takenOn())));
        return new Div(edit, delete);
    }

    /** Saves and reports back; returns whether the form may be cleared. */
    private boolean save(Snapshot snapshot) {
        try {
            results.save(snapshot);
        } catch (Refusal refused) {
            form.showError(refused.field(), Refusals.message(refused));
            return false;
        }
        Notification saved = Notification.show(getTranslation("results.saved"), 3000, Notification.Position.BOTTOM_CENTER);
        saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }

    void refresh() {
        ResultsPage page = results.page();
        List<Snapshot> mine = page.entries();
        entries.setItems(mine);
        // Not a choice: the service says whether the next entry is the baseline.
        form.baseline.setValue(page.nextIsBaseline());
        form.baseline.setReadOnly(true);
        form.baseline.setHelperText(getTranslation(page.nextIsBaseline() ? "results.baseline.first" : "results.baseline.have"));

        // Nothing recorded yet: say what to do first instead of a page of empty figures.
        empty.setVisible(mine.isEmpty());
        change.setVisible(!mine.isEmpty());
        List<Figure> figures = new ArrayList<>();
        page.ratios().forEach((metric, ratio) -> {
            String label = getTranslation("results.metric." + key(metric));
            String value = ratio.map(r -> String.format(Locale.ENGLISH, "× %.1f", r)).orElse("—");
            String detail = getTranslation(ratio.isPresent() ? "results.tile.since" : "results.tile.na");
            figures.add(metric == Metric.PROFILE_VIEWS ? Figure.headline(label, value, detail) : Figure.of(label, value, detail));
        });
        ExerciseSummary pruning = page.pruning();
        figures.add(pruning.connectionsBefore() == 0
                ? Figure.of(getTranslation("results.tile.connections"), "—", getTranslation("results.tile.connections.none"))
                : Figure.of(getTranslation("results.tile.connections"),
                        pruning.connectionsBefore() + " → " + pruning.connectionsAfter(),
                        getTranslation("results.tile.connections.detail")));
        ratios.show(figures);

        finished.setValue(page.pruningFinishedOn().orElse(null));
        followUps.removeAll();
        List<FollowUp> due = page.followUps();
        if (due.isEmpty()) {
            followUps.add(new ListItem(getTranslation("results.follow-ups.none")));
        }
        for (FollowUp followUp : due) {
            Span state = new Span(getTranslation(followUp.recorded() ? "results.follow-up.recorded"
                    : followUp.overdue() ? "results.follow-up.overdue" : "results.follow-up.due"));
            state.addClassName(followUp.recorded() ? "recorded" : followUp.overdue() ? "overdue" : "due");
            followUps.add(new ListItem(new Span(getTranslation("results.follow-up", followUp.days(),
                    formats.day(followUp.due())) + " "), state));
        }
        showCharts(mine);
    }

    /** One line chart per figure recorded at least once, over the entries' dates. */
    void showCharts(List<Snapshot> mine) {
        charts.removeAll();
        List<String> dates = mine.stream().map(s -> formats.day(s.takenOn())).toList();
        for (Metric metric : Metric.values()) {
            List<Double> values = mine.stream()
                    .map(s -> Optional.ofNullable(s.value(metric)).map(Integer::doubleValue).orElse(null)).toList();
            if (values.stream().allMatch(java.util.Objects::isNull)) {
                continue;
            }
            String name = getTranslation("results.metric." + key(metric));
            charts.add(new Chart(getTranslation("results.chart.title", name), new ChartData(ChartData.Type.LINE, dates,
                    List.of(new ChartData.Dataset(name, values)), getTranslation("results.chart.date"), name)));
        }
    }

    static String key(Metric metric) {
        return metric.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.results");
    }
}
