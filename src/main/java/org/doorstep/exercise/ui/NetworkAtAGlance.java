package org.doorstep.exercise.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.doorstep.base.Formats;
import org.doorstep.base.ui.Chart;
import org.doorstep.base.ui.ChartData;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.NetworkGlance;
import org.jspecify.annotations.Nullable;

/**
 * "Your network at a glance", a closed section of the triage: new connections per month with the months holding a
 * burst week in another colour, each burst week as a link to the triage filtered to it, how many are decided and
 * how many remain, and how long the rest take at the trainee's recent pace. Figures are read when it is opened.
 */
class NetworkAtAGlance extends Details {

    private final ExerciseService exercise;
    private final Formats formats;
    private final DateTimeFormatter monthFormat;
    private final NumberFormat numbers;
    final Div content = new Div();
    @Nullable Chart chart; // none while no connection has a date
    NetworkGlance glance;

    @SuppressWarnings("NullAway.Init") // glance: read at each opening, before anything shows it
    NetworkAtAGlance(ExerciseService exercise, Formats formats) {
        this.exercise = exercise;
        this.formats = formats;
        this.monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", formats.locale());
        this.numbers = NumberFormat.getIntegerInstance(formats.locale());
        setSummaryText(getTranslation("exercise.glance"));
        addClassName("network-glance");
        content.addClassName("network-glance-content");
        add(content);
        setOpened(false);
        // Read when opened, and again at each opening: decisions made since then change the figures.
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                refresh();
            }
        });
    }

    /** The triage filtered to one week (Monday's date), as the lesson's link and the burst list use it. */
    static String weekLink(LocalDate monday) {
        return "exercise?week=" + monday;
    }

    void refresh() {
        glance = exercise.glance(formats.zone());
        content.removeAll();
        content.add(progress(), pace());
        if (glance.months().isEmpty()) {
            content.add(new Paragraph(getTranslation("exercise.glance.no-dates")));
            return;
        }
        chart = new Chart(getTranslation("exercise.glance.chart"), chartData());
        chart.setChartHeight("14rem");
        content.add(summary(), chart, bursts());
    }

    private Paragraph progress() {
        Paragraph progress = new Paragraph(getTranslation("exercise.glance.progress", count(glance.total()),
                count(glance.decided()), count(glance.remaining())));
        progress.addClassName("glance-progress");
        return progress;
    }

    private Paragraph pace() {
        NetworkGlance.Pace pace = glance.pace();
        String text;
        if (glance.remaining() == 0) {
            text = getTranslation("exercise.glance.pace.done");
        } else if (!pace.estimable()) {
            text = getTranslation("exercise.glance.pace.unknown", NetworkGlance.Pace.MINIMUM_DECISIONS, pace.windowDays());
        } else {
            text = getTranslation("exercise.glance.pace", count(pace.decisions()), pace.windowDays(), pace.activeDays(),
                    count(pace.perActiveDay()), pace.daysFor(glance.remaining()));
        }
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("glance-pace");
        return paragraph;
    }

    /** What the chart shows, in a sentence: a canvas says nothing to a screen reader (the table is there too). */
    private Paragraph summary() {
        List<NetworkGlance.Month> months = glance.months();
        NetworkGlance.Month busiest = months.stream()
                .max(Comparator.comparingInt(NetworkGlance.Month::connections)).orElseThrow();
        Paragraph summary = new Paragraph(getTranslation("exercise.glance.summary", month(months.getFirst()),
                month(months.getLast()), count(busiest.connections()), month(busiest), count(glance.bursts().size())));
        summary.addClassName("glance-summary");
        return summary;
    }

    /** Two series so a month with a burst week has its own colour (and legend entry); each month has one bar. */
    ChartData chartData() {
        List<NetworkGlance.Month> months = glance.months();
        List<Double> usual = months.stream().map(m -> m.burst() ? null : (double) m.connections()).toList();
        List<Double> burst = months.stream().map(m -> m.burst() ? (double) m.connections() : null).toList();
        return new ChartData(ChartData.Type.BAR, months.stream().map(this::month).toList(),
                List.of(new ChartData.Dataset(getTranslation("exercise.glance.series.usual"), usual),
                        new ChartData.Dataset(getTranslation("exercise.glance.series.burst"), burst)),
                getTranslation("exercise.glance.axis.month"), getTranslation("exercise.glance.axis.count"));
    }

    private Div bursts() {
        Div box = new Div();
        box.addClassName("glance-bursts");
        if (glance.bursts().isEmpty()) {
            box.add(new Paragraph(getTranslation("exercise.glance.bursts.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (NetworkGlance.Week week : glance.bursts()) {
            Anchor link = new Anchor(weekLink(week.monday()),
                    getTranslation("exercise.glance.burst", formats.day(week.monday()), count(week.connections())));
            link.addClassName("glance-burst-link");
            list.add(new ListItem(link));
        }
        box.add(new Paragraph(getTranslation("exercise.glance.bursts")), list);
        return box;
    }

    private String month(NetworkGlance.Month month) {
        return monthFormat.format(month.month());
    }

    private String count(int value) {
        return numbers.format(value);
    }
}
