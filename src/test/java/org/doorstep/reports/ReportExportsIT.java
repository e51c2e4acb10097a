package org.doorstep.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doorstep.base.DateRange;
import org.junit.jupiter.api.Test;

/** The CSV and the PDF say what the report says, for the same filters, and name no connection. */
class ReportExportsIT extends ManagerOfTheFixture {


    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            return stripper.getText(document);
        }
    }

    @Test
    void the_csv_has_one_row_per_person_the_filters_select_with_figures_of_the_range() {
        String csv = reports.csv(new ReportFilter(null, fixture.cohortX, FEBRUARY_AND_MARCH));
        String team = "Team A " + fixture.suffix;
        assertThat(csv.replace("\"", "").split("\r\n")).containsExactly(
                "Person,Team,In a cohort,Lessons completed,Completed the course,Last course activity,Connections reviewed,"
                        + "Removed on LinkedIn,Baseline recorded,Profile-view ratio,Overdue follow-ups,Last results entry",
                "Ann Able," + team + ",yes,2/8,yes,2025-03-20T10:00:00Z,60%,2,yes,1.50,1,2025-02-20",
                "Bob Brown," + team + ",yes,3/8,no,2025-03-15T09:00:00Z,n/a,0,no,n/a,0,",
                "Dan Dale,Team B " + fixture.suffix + ",yes,8/8,yes,2025-02-15T10:00:00Z,100%,0,yes,n/a,0,2025-03-10");
        assertThat(csv).startsWith("\"Person\",\"Team\",");
        assertThat(csv).doesNotContain(fixture.annsConnection).doesNotContain(fixture.faysConnection);
    }

    @Test
    void the_downloads_list_people_in_the_order_the_grid_shows() throws IOException {
        List<ReportSort> mostLessonsFirst = List.of(new ReportSort(ReportColumn.LESSONS, true));
        String csv = reports.csv(new ReportFilter(null, fixture.cohortX, FEBRUARY_AND_MARCH), mostLessonsFirst);
        assertThat(csv.replace("\"", "").split("\r\n")).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("Person", "Dan Dale", "Bob Brown", "Ann Able");
        String pdf = text(reports.pdf(new ReportFilter(null, fixture.cohortX, FEBRUARY_AND_MARCH), mostLessonsFirst));
        assertThat(pdf.indexOf("Dan Dale")).isLessThan(pdf.indexOf("Bob Brown"));
        assertThat(pdf.indexOf("Bob Brown")).isLessThan(pdf.indexOf("Ann Able"));
    }

    @Test
    void each_download_is_recorded_in_the_audit_log_with_its_filters() {
        reports.csv(new ReportFilter(null, fixture.cohortX, FEBRUARY_AND_MARCH));
        reports.pdf(ReportFilter.team(fixture.teamA));
        assertThat(jdbc.queryForList("select details from audit_event where actor_username = ? and action = 'DATA_EXPORTED' "
                + "order by id", String.class, fixture.manager)).containsExactly(
                "Team report as CSV: all my teams, cohort Cohort X " + fixture.suffix + " (#" + fixture.cohortX + "), days 2025-02-01 to 2025-03-31, 3 people",
                "Team report as PDF: team Team A " + fixture.suffix + " (#" + fixture.teamA + "), all days, 3 people");
    }

    @Test
    void the_whole_report_as_data_is_audited_too() {
        reports.report(ReportFilter.team(fixture.teamB));
        assertThat(jdbc.queryForList("select details from audit_event where actor_username = ? and action = 'DATA_EXPORTED' "
                + "order by id", String.class, fixture.manager)).containsExactly(
                "Team report as data: team Team B " + fixture.suffix + " (#" + fixture.teamB + "), all days, 2 people");
    }

    @Test
    void the_pdf_states_its_filters_and_date_and_gives_the_figures_a_chart_and_the_table() throws IOException {
        String pdf = text(reports.pdf(new ReportFilter(fixture.teamA, null, FEBRUARY_AND_MARCH)));
        assertThat(pdf).contains("Team progress report")
                .contains("Team: Team A " + fixture.suffix + "  ·  Cohort: Any cohort  ·  Dates: 1 Feb 2025 – 31 Mar 2025")
                .containsPattern("Generated \\d{1,2} \\w{3,4} \\d{4}, \\d{2}:\\d{2} \\(Europe/London\\) for 3 people\\.")
                .contains("In a cohort: 3 of 3")
                .contains("Completed the course: 1 of 3")
                .contains("Worked on the course or recorded results: 2 of 3")
                .contains("Lessons completed, in total: 5")
                .contains("Baseline recorded: 1 of 3")
                .contains("Median profile-view ratio: × 1.50 (over 1 with a baseline and a follow-up)")
                .contains("With an overdue follow-up: 1 of 3")
                .contains("Connections removed on LinkedIn, in total: 2")
                .contains("People by lessons completed").contains("People by share of connections reviewed");
        assertThat(pdf).containsPattern("Ann Able .*yes 2 / 8 yes 20 Mar 2025 60 % 2 yes × 1.50 1 20 Feb 2025")
                .containsPattern("Bob Brown .*yes 3 / 8 no 15 Mar 2025 n/a 0 no n/a 0 —")
                .containsPattern("Cat Cole .*yes 0 / 8 no — n/a 0 no n/a 0 —")
                .doesNotContain("Dan Dale")
                .doesNotContain(fixture.annsConnection).doesNotContain(fixture.faysConnection);
    }

    @Test
    void the_pdf_of_nobody_says_so_and_names_in_other_scripts_survive() throws IOException {
        jdbc.update("update app_user set display_name = 'Σοφία Ωρολογά' where display_name = 'Cat Cole' and id in "
                + "(select user_id from team_member where team_id = ?)", fixture.teamA);
        assertThat(text(reports.pdf(ReportFilter.team(fixture.teamA)))).contains("Σοφία Ωρολογά");
        assertThat(text(reports.pdf(new ReportFilter(fixture.teamB, fixture.cohortY, DateRange.ALWAYS))))
                .contains("for 0 people.").contains("Nobody matches these filters.");
    }
}
