package org.doorstep.exercise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.doorstep.base.Formats;
import org.doorstep.base.Roles;
import org.doorstep.exercise.BulkDecisionService;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.TriageCounts;
import org.doorstep.security.PersonalTime;
import org.jspecify.annotations.Nullable;

/**
 * The triage: every connection against the four criteria, keyboard first. The list pages from the
 * database; each change is saved when made and confirmed on screen. On a phone the stylesheet shows a card
 * per person ({@link PersonCard}) instead of the list and its panel; both always show the same person.
 */
@Route("exercise")
@Menu(order = 2, icon = "vaadin:scissors", title = "nav.exercise")
@RolesAllowed(Roles.TRAINEE)
public class ExerciseView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Keys the triage answers to, outside text fields. */
    static final Map<String, Decision> DECISION_KEYS = Map.of("k", Decision.KEEP, "w", Decision.WEAK_TIE,
            "o", Decision.REACH_OUT, "r", Decision.REMOVE, "l", Decision.LATER);

    final Grid<ConnectionRow> grid = new Grid<>();
    final ConnectionDetail detail;
    final PersonCard card;
    final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final UnorderedList counts = new UnorderedList();
    private final ExerciseService exercise;
    private final Formats formats;
    private ConfigurableFilterDataProvider<ConnectionRow, Void, ConnectionFilter> rows;
    private final EvidenceWords evidenceWords;
    // The triage's parts: null for an empty network, which shows how to import instead.
    @Nullable TriageFilters filters;
    private @Nullable Details filterBox;
    private int reviewed;
    /** The rows ticked for a bulk decision: ids only, as many as a person ticks by hand (a page at most at once). */
    final Set<Long> ticked = new HashSet<>();
    final Checkbox tickPage = new Checkbox();
    @Nullable BulkBar bulkBar;

    public ExerciseView(ExerciseService exercise, PersonalTime time, BulkDecisionService bulk) {
        this.exercise = exercise;
        this.formats = time.formats();
        this.evidenceWords = new EvidenceWords(this, formats);
        this.detail = new ConnectionDetail(new DetailActions(), formats);
        this.card = new PersonCard(new CardActions(), formats);
        addClassName("exercise-view");
        add(new H2(getTranslation("nav.exercise")));
        if (exercise.counts().total() == 0) {
            add(new EmptyNetwork(exercise));
            return;
        }
        Paragraph keys = new Paragraph(getTranslation("exercise.keys.text"));
        keys.addClassName("keys-help");
        add(header(), keys);
        add(new NetworkAtAGlance(exercise, formats));
        filters = new TriageFilters(exercise.years(), formats.locale(), this::filter);
        filterBox = new Details(getTranslation("exercise.filters"), filters);
        // Closed at first: the list and the person matter most; the summary says how to open it.
        filterBox.setOpened(false);
        filterBox.addClassName("filter-box");
        add(filterBox);
        refreshCounts();
        bulkBar = new BulkBar(bulk, this::currentFilter, () -> ticked, () -> exercise.count(currentFilter()), this::afterBulk);
        add(bulkBar);
        configureGrid();
        Div workspace = new Div(grid, detail);
        workspace.addClassName("triage-workspace");
        add(workspace, card);
        listenToKeys();
    }

    private Div header() {
        progressText.addClassName("triage-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("exercise.progress.label"));
        counts.addClassName("decision-counts");
        Button importAgain = new Button(getTranslation("exercise.import-again"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        Button plan = new Button(getTranslation("exercise.plan"), VaadinIcon.CLIPBOARD_CHECK.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PlanView.class)));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(plan, importAgain, new MyNetworkData(exercise));
        actions.addClassName("exercise-actions");
        Div header = new Div(progressText, progress, counts, actions);
        header.addClassName("triage-header");
        return header;
    }

    private void configureGrid() {
        // Ticks for a bulk decision, apart from the current row (which the panel shows).
        tickPage.setAriaLabel(getTranslation("exercise.bulk.tick-page", grid.getPageSize()));
        tickPage.setTooltipText(getTranslation("exercise.bulk.tick-page", grid.getPageSize()));
        tickPage.addValueChangeListener(change -> {
            if (change.getValue()) {
                exercise.page(currentFilter(), 0, grid.getPageSize()).forEach(row -> ticked.add(row.id()));
            } else {
                ticked.clear();
            }
            ticksChanged();
        });
        grid.addComponentColumn(this::tickBox).setHeader(tickPage).setFlexGrow(0).setWidth("3.75rem")
                .setKey("tick");
        // Name over position and company: readable beside the detail panel. Lit renders the values as text.
        grid.addColumn(LitRenderer.<ConnectionRow>of(
                        "<div class='person'><span class='person-name'>${item.name}</span>"
                        + "<span class='person-work'>${item.work}</span>"
                        + "<span class='person-reason'>${item.reason}</span></div>")
                .withProperty("name", ConnectionRow::name)
                // The reason in words, in the order it explains (elsewhere the detail panel says it all).
                .withProperty("reason", row -> filters != null && filters.strangersFirst() ? evidenceWords.reason(row) : "")
                .withProperty("work", row -> String.join(" · ", java.util.stream.Stream.of(row.position(), row.company())
                        .filter(part -> part != null && !part.isBlank()).toList())))
                .setHeader(getTranslation("exercise.column.name")).setFlexGrow(4);
        grid.addColumn(row -> formats.day(row.connectedOn()))
                .setHeader(getTranslation("exercise.column.connected")).setFlexGrow(0).setWidth("8.5rem");
        grid.addColumn(row -> row.criteria().size() + "/4").setHeader(getTranslation("exercise.column.criteria"))
                .setFlexGrow(0).setWidth("5.5rem");
        grid.addColumn(row -> row.decision() == null ? "" : filtersLabel(row.decision()))
                .setHeader(getTranslation("exercise.column.decision")).setFlexGrow(0).setWidth("7.5rem");
        grid.setPageSize(50);
        // Clicking the current row again keeps it current rather than emptying the detail panel.
        ((com.vaadin.flow.component.grid.GridSingleSelectionModel<ConnectionRow>) grid.getSelectionModel())
                .setDeselectAllowed(false);
        rows = new CallbackDataProvider<ConnectionRow, ConnectionFilter>(
                query -> exercise.page(query.getFilter().orElse(ConnectionFilter.ALL), query.getOffset(), query.getLimit()).stream(),
                query -> exercise.count(query.getFilter().orElse(ConnectionFilter.ALL)),
                ConnectionRow::id).withConfigurableFilter();
        rows.setFilter(ConnectionFilter.ALL);
        grid.setItems(rows);
        grid.addSelectionListener(selection -> showCurrent(selection.getFirstSelectedItem().orElse(null)));
        grid.setAriaLabel(getTranslation("exercise.grid.label"));
        // Only filters can empty the list (a network without people gets EmptyNetwork instead).
        grid.setEmptyStateText(getTranslation("exercise.filter.nobody"));
        exercise.page(ConnectionFilter.ALL, 0, 1).stream().findFirst().ifPresent(grid::select);
    }

    private String filtersLabel(Decision decision) {
        return getTranslation(DecisionButtons.labelKey(decision));
    }

    private void filter(ConnectionFilter filter) {
        // What is ticked is what is seen: a new filter starts without ticks.
        ticked.clear();
        tickPage.setValue(false);
        rows.setFilter(filter);
        if (bulkBar != null) {
            bulkBar.refresh();
        }
        exercise.page(filter, 0, 1).stream().findFirst().ifPresentOrElse(grid::select, grid::deselectAll);
    }

    /** 1-4 toggle the criteria, K W O R L decide, arrows move; never while typing in a field. */
    private void listenToKeys() {
        getElement().addEventListener("keydown", event -> onKey(event.getEventData().get("event.key").asText()))
                .addEventData("event.key")
                .setFilter("!event.ctrlKey && !event.metaKey && !event.altKey"
                        + " && ['1','2','3','4','k','w','o','r','l','x','K','W','O','R','L','X','ArrowDown','ArrowUp'].includes(event.key)"
                        + " && !/^(input|textarea|vaadin-text-field|vaadin-text-area|vaadin-select|vaadin-combo-box)$/"
                        + ".test(event.composedPath()[0].localName) && !event.composedPath().some(e => e.localName === 'vaadin-text-area' || e.localName === 'vaadin-text-field')");
    }

    void onKey(String key) {
        ConnectionRow current = detail.shown();
        if (current == null) {
            return;
        }
        switch (key) {
            case "ArrowDown" -> move(current, true);
            case "ArrowUp" -> move(current, false);
            case "x", "X" -> tick(current, !ticked.contains(current.id()));
            case "1", "2", "3", "4" -> {
                Criterion criterion = Criterion.values()[Integer.parseInt(key) - 1];
                changed(exercise.setCriterion(current.id(), criterion, !current.meets(criterion)), "exercise.saved.criteria");
            }
            default -> {
                Decision decision = DECISION_KEYS.get(key.toLowerCase(Locale.ROOT));
                if (decision != null) {
                    changed(exercise.decide(current.id(), decision), "exercise.saved.decision");
                    move(current, true);
                }
            }
        }
    }

    private Checkbox tickBox(ConnectionRow row) {
        Checkbox box = new Checkbox(ticked.contains(row.id()));
        box.setAriaLabel(getTranslation("exercise.bulk.tick", row.name()));
        box.addClassName("tick-box");
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                tick(row, change.getValue());
            }
        });
        return box;
    }

    void tick(ConnectionRow row, boolean on) {
        if (on) {
            ticked.add(row.id());
        } else {
            ticked.remove(row.id());
        }
        rows.refreshItem(row);
        triageBulkBar().refresh();
    }

    /** Ticks exist only in the triage's grid, which comes with its bulk bar. */
    private BulkBar triageBulkBar() {
        return Objects.requireNonNull(bulkBar, "no triage for an empty network");
    }

    private void ticksChanged() {
        rows.refreshAll();
        triageBulkBar().refresh();
    }

    /** After a bulk decision or its undo: fresh rows, counts and buttons, from the top of the list. */
    private void afterBulk() {
        // The bulk action's own notice says what was saved; a one-by-one "Saved: …" left from before would mislead.
        detail.confirm("");
        card.confirm("");
        ticked.clear();
        tickPage.setValue(false);
        refreshCounts();
        rows.refreshAll();
        filter(currentFilter());
    }

    private ConnectionFilter currentFilter() {
        return filters == null ? ConnectionFilter.ALL : filters.filter();
    }

    /** The list's current person in the panel and on the card, with where they are in the list. */
    private void showCurrent(@Nullable ConnectionRow row) {
        detail.show(row);
        ConnectionFilter filter = currentFilter();
        card.show(row, row == null ? 0 : exercise.position(filter, row.id()), row == null ? 0 : exercise.count(filter), reviewed);
    }

    private void move(ConnectionRow from, boolean forward) {
        ConnectionFilter filter = currentFilter();
        exercise.neighbour(filter, from.id(), forward).ifPresent(next -> {
            grid.select(next);
            grid.scrollToIndex(exercise.position(filter, next.id()));
        });
    }

    private void changed(ConnectionRow row, String messageKey) {
        rows.refreshItem(row);
        refreshCounts();
        if (row.id() == (detail.shown() == null ? -1 : shownInDetail().id())) {
            showCurrent(row);
        }
        String saved = getTranslation(messageKey, row.name());
        detail.confirm(saved);
        card.confirm(saved);
    }

    private void refreshCounts() {
        TriageCounts now = exercise.counts();
        reviewed = now.reviewed();
        progressText.setText(getTranslation("exercise.progress", now.reviewed(), now.total()));
        progress.setValue(now.total() == 0 ? 0 : (double) now.reviewed() / now.total());
        counts.removeAll();
        for (Decision decision : Decision.values()) {
            ListItem item = new ListItem(filtersLabel(decision) + ": " + now.count(decision));
            item.addClassName("count-" + decision.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            counts.add(item);
        }
        counts.add(new ListItem(getTranslation("exercise.undecided", now.total() - now.perDecision().values().stream()
                .mapToInt(Integer::intValue).sum())));
    }

    /** The detail panel's clicks and typing, saved at once. */
    private final class DetailActions implements ConnectionDetail.Actions {
        @Override
        public void criterion(Criterion criterion, boolean met) {
            changed(exercise.setCriterion(shownInDetail().id(), criterion, met), "exercise.saved.criteria");
        }

        @Override
        public void decide(Decision decision) {
            changed(exercise.decide(shownInDetail().id(), decision), "exercise.saved.decision");
        }

        @Override
        public void note(String note) {
            changed(exercise.setNote(shownInDetail().id(), note), "exercise.saved.note");
        }
    }

    /** The panel is visible, and so its fields editable, only while it shows someone. */
    private ConnectionRow shownInDetail() {
        return Objects.requireNonNull(detail.shown(), "nobody in the panel");
    }

    /** The card's buttons are enabled only while it shows someone. */
    private ConnectionRow shownOnCard() {
        return Objects.requireNonNull(card.shown(), "nobody on the card");
    }

    /** The card's taps and swipes: the same saves as the panel's, a decision moving on as its key does. */
    private final class CardActions implements PersonCard.Actions {
        @Override
        public void criterion(Criterion criterion, boolean met) {
            changed(exercise.setCriterion(shownOnCard().id(), criterion, met), "exercise.saved.criteria");
        }

        @Override
        public void decide(Decision decision) {
            ConnectionRow current = shownOnCard();
            changed(exercise.decide(current.id(), decision), "exercise.saved.decision");
            ExerciseView.this.move(current, true);
        }

        @Override
        public void move(boolean forward) {
            if (card.shown() != null) {
                ExerciseView.this.move(card.shown(), forward);
            }
        }
    }

    /** {@code ?week=2019-03-11}: the list filtered to the week of that day (links from the lesson and the chart). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TriageFilters filters = this.filters;
        Details filterBox = this.filterBox; // set with filters
        if (filters == null || filterBox == null) {
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("week").ifPresent(text -> {
            try {
                filters.week.setValue(LocalDate.parse(text));
                filterBox.setOpened(true);
            } catch (DateTimeParseException ignored) {
                // A mistyped address shows the whole list rather than an error page.
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.exercise");
    }
}
