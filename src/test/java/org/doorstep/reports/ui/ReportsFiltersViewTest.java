package org.doorstep.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.doorstep.KaribuTest;
import org.doorstep.reports.ReportFixture;
import org.doorstep.security.TeamDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filters of /reports on {@link ReportFixture}'s teams: cohort, dates, team, and the downloads that follow them. */
class ReportsFiltersViewTest extends KaribuTest {

    private ReportFixture fixture;
    private ReportsView view;

    @BeforeEach
    void managerOpensReports() {
        fixture = new ReportFixture(context);
        signInAs(fixture.manager);
        navigate("reports");
        view = _get(ReportsView.class);
    }

    private TeamDirectory.TeamCohort cohort(long id) {
        return view.cohort.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private String names() {
        StringBuilder names = new StringBuilder();
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            names.append(GridKt._get(view.grid, row).name()).append(';');
        }
        return names.toString();
    }

    @Test
    void the_cohort_select_offers_the_cohorts_with_my_people_and_narrows_the_report_to_one() {
        assertThat(view.cohort.getListDataView().getItems().map(c -> view.cohort.getItemLabelGenerator().apply(c)))
                .containsExactly("Cohort X " + fixture.suffix + " · 3 of your people",
                        "Cohort Y " + fixture.suffix + " · 1 of your people");
        userSets(view.cohort, cohort(fixture.cohortX));
        assertThat(names()).isEqualTo("Ann Able;Bob Brown;Dan Dale;");
        assertThat(rendered(view.figures)).contains("In a cohort 3 of 3").contains("Completed the course 2 of 3");
    }

    @Test
    void dates_bound_the_lessons_and_activity_in_the_grid_and_the_figures() {
        userSets(view.from, LocalDate.of(2025, 2, 1));
        userSets(view.to, LocalDate.of(2025, 3, 31));
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsExactly("Ann Able", "Team A " + fixture.suffix, "yes",
                "2 / 8", "20 Mar 2025", "60%", "2", "yes", "× 1.50", "1", "20 Feb 2025");
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("3 / 8", "15 Mar 2025");
        assertThat(rendered(view.figures)).contains("Lessons completed 13 in total")
                .contains("Worked on the course or recorded results 3 of 5").contains("Baseline recorded 2 of 5");
    }

    @Test
    void an_end_before_the_start_is_marked_the_report_shown_stays_and_its_downloads_wait() {
        userSets(view.to, LocalDate.of(2025, 3, 1));
        String before = rendered(view.figures);
        userSets(view.from, LocalDate.of(2025, 4, 1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(rendered(view.figures)).isEqualTo(before);
        assertThat(view.csv.isEnabled() || view.pdf.isEnabled()).as("downloads of the previous filter").isFalse();
        userSets(view.from, null);
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(view.csv.isEnabled() && view.pdf.isEnabled()).isTrue();
    }

    @Test
    void team_and_cohort_combine_and_the_help_text_says_how_dates_count() {
        userSets(view.team, view.team.getListDataView().getItems().filter(t -> t.id() == fixture.teamA).findFirst().orElseThrow());
        userSets(view.cohort, cohort(fixture.cohortX));
        assertThat(names()).isEqualTo("Ann Able;Bob Brown;");
        assertThat(rendered(view)).contains("Dates, both included, bound what happened")
                .contains("Connections reviewed and removed are counts as they stand today");
    }

    @Test
    void the_csv_and_pdf_downloads_follow_the_filters_shown() {
        userSets(view.cohort, cohort(fixture.cohortY));
        String csv = new String(DownloadKt._download(view.csv), StandardCharsets.UTF_8);
        assertThat(csv).contains("Cat Cole").doesNotContain("Ann Able");
        byte[] pdf = DownloadKt._download(view.pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(view.pdf.getText()).isEqualTo("Download as PDF");
    }

    @Test
    void trainees_and_trainers_cannot_open_the_reports() {
        signInAs("trainee");
        assertThatThrownBy(() -> navigate("reports")).isInstanceOf(MockAccessDeniedException.class);
        signInAs("trainer");
        assertThatThrownBy(() -> navigate("reports")).isInstanceOf(MockAccessDeniedException.class);
    }
}
