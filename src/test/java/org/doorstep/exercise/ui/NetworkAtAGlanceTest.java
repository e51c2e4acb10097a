package org.doorstep.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.base.ui.ChartData;
import org.doorstep.exercise.BurstNetwork;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Your network at a glance" in the triage, on the generated network with 72 new connections in one week. */
class NetworkAtAGlanceTest extends KaribuTest {

    @Autowired
    ExerciseService exercise;

    @BeforeEach
    void traineeWithTheBurstNetwork() {
        String username = TestData.in(context).demoTrainee("glance", "Gus Glance").username();
        signInAs(username);
        exercise.importFile(BurstNetwork.export(), "Connections.csv");
    }

    private NetworkAtAGlance opened() {
        navigate("exercise");
        NetworkAtAGlance glance = _get(NetworkAtAGlance.class);
        glance.setOpened(true);
        return glance;
    }

    private static String paragraph(String className) {
        return _get(Paragraph.class, spec -> spec.withClasses(className)).getText();
    }

    @Test
    void it_is_closed_at_first_and_reads_the_figures_only_when_opened() {
        navigate("exercise");
        NetworkAtAGlance glance = _get(NetworkAtAGlance.class);

        assertThat(glance.isOpened()).isFalse();
        assertThat(glance.getSummaryText()).isEqualTo("Your network at a glance");
        assertThat(glance.glance).isNull();

        glance.setOpened(true);
        assertThat(glance.glance).isNotNull();
    }

    @Test
    void the_chart_has_a_bar_per_month_and_march_alone_in_the_burst_colour() {
        ChartData data = opened().chart.getData();

        assertThat(data.type()).isEqualTo(ChartData.Type.BAR);
        assertThat(data.labels()).hasSize(12).startsWith("Jan 2019").endsWith("Dec 2019");
        assertThat(data.datasets()).extracting(ChartData.Dataset::label)
                .containsExactly("New connections", "In a month with a burst week");
        List<Double> usual = data.datasets().get(0).values();
        List<Double> burst = data.datasets().get(1).values();
        assertThat(usual.get(2)).isNull();
        assertThat(burst.get(2)).isEqualTo(75.0);
        assertThat(usual.get(0)).isEqualTo(4.0);
        assertThat(burst.stream().filter(value -> value != null).toList()).containsExactly(75.0);
    }

    @Test
    void the_figures_are_also_text_a_summary_sentence_and_a_table_for_screen_readers() {
        opened();

        assertThat(paragraph("glance-summary")).isEqualTo(
                "From Jan 2019 to Dec 2019. Most in one month: 75, in Mar 2019. Weeks with a burst of new connections: 1.");
        NativeTable table = _get(NativeTable.class, spec -> spec.withClasses("chart-table"));
        assertThat(rendered(table)).contains("New connections per month", "Mar 2019", "75");
        assertThat(paragraph("glance-progress")).isEqualTo("122 connections: 0 decided, 122 to go.");
    }

    @Test
    void each_burst_week_links_to_the_triage_filtered_to_that_week() {
        opened();

        Anchor link = _get(Anchor.class, spec -> spec.withClasses("glance-burst-link"));
        assertThat(link.getText()).isEqualTo("Week of 11 Mar 2019: 72 new connections");
        assertThat(link.getHref()).isEqualTo("exercise?week=2019-03-11");
    }

    @Test
    void without_recent_decisions_it_says_there_are_not_enough_to_estimate_and_with_them_how_long_the_rest_take() {
        NetworkAtAGlance glance = opened();
        assertThat(paragraph("glance-pace")).startsWith("Not enough decisions yet to estimate");

        exercise.page(ConnectionFilter.ALL, 0, 30).forEach(row -> exercise.decide(row.id(), Decision.REMOVE));
        glance.setOpened(false);
        glance.setOpened(true);

        // 30 today, 92 left: 4 more days like today.
        assertThat(paragraph("glance-pace")).isEqualTo("In the last 14 days you decided 30, on one day (30 a day when you"
                + " worked on it). At that pace the rest take about 4 more days like those.");
        assertThat(paragraph("glance-progress")).isEqualTo("122 connections: 30 decided, 92 to go.");
    }

    @Test
    void nothing_in_it_names_a_connection() {
        String shown = rendered(opened().content);

        assertThat(Arrays.asList("Steady", "Person", "linkedin.com")).noneMatch(shown::contains);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("glance-burst-link"))).hasSize(1);
    }
}
