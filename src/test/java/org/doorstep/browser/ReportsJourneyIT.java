package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doorstep.TestSignIn;
import org.doorstep.reports.ReportFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser, a manager's team report on {@link ReportFixture}'s teams (every figure known by hand, see
 * {@code ReportsServiceIT}): the manager signs in through the login form, opens the report, narrows it to one
 * team, one cohort and February–March 2025 and sees the figures and people follow each step, sorts by a
 * column, and downloads the CSV and the PDF of what is shown.
 */
class ReportsJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    private ReportFixture fixture;
    private String teamA;
    private String cohortX;

    ReportsJourneyIT() {
        super("reports-", "reports-failed-");
    }

    @BeforeEach
    void organisationWithTwoTeams() {
        fixture = new ReportFixture(context);
        teamA = "Team A " + fixture.suffix;
        cohortX = "Cohort X " + fixture.suffix;
    }

    @Test
    void a_manager_narrows_the_report_to_a_team_a_cohort_and_dates_sorts_it_and_downloads_it_as_csv_and_pdf()
            throws Exception {
        signIn(fixture.manager, TestSignIn.PASSWORD);
        openFromMenu(english("nav.reports"), "/reports$");

        // All my teams, all time: Ann, Bob and Cat of team A, Dan and Eve of team B.
        waitForFigures(List.of(4, 5), List.of(2, 5), List.of(4, 5), 20, List.of(3, 5), "× 3.00", 1, List.of(3, 5), 2);
        waitForNames("Ann Able", "Bob Brown", "Cat Cole", "Dan Dale", "Eve Evans");
        screenshot("all-my-teams");

        choose(english("reports.team"), english("reports.team.item", teamA, 3));
        waitForFigures(List.of(3, 3), List.of(1, 3), List.of(2, 3), 11, List.of(2, 3), "× 3.00", 1, List.of(1, 3), 2);
        waitForNames("Ann Able", "Bob Brown", "Cat Cole");

        choose(english("reports.cohort"), english("reports.cohort.item", cohortX, 3));
        waitForNames("Ann Able", "Bob Brown");
        waitForFigures(List.of(2, 2), List.of(1, 2), List.of(2, 2), 11, List.of(2, 2), "× 3.00", 1, List.of(1, 2), 2);

        // February and March 2025: Ann's last two lessons and Bob's three, Ann's first follow-up (30 over 20);
        // Bob's baseline came in April, after the range.
        typeDate(english("reports.from"), LocalDate.of(2025, 2, 1));
        typeDate(english("reports.to"), LocalDate.of(2025, 3, 31));
        waitForFigures(List.of(2, 2), List.of(1, 2), List.of(2, 2), 5, List.of(1, 2), "× 1.50", 1, List.of(1, 2), 2);
        assertThat(rows()).containsExactly(
                List.of("Ann Able", teamA, "yes", "2 / 8", "20 Mar 2025", "60%", "2", "yes", "× 1.50", "1", "20 Feb 2025"),
                List.of("Bob Brown", teamA, "yes", "3 / 8", "15 Mar 2025", "n/a", "0", "no", "n/a", "0", "—"));
        screenshot("filtered");

        sortBy(english("reports.column.lessons"));
        waitForNames("Ann Able", "Bob Brown");
        sortBy(english("reports.column.lessons"));
        waitForNames("Bob Brown", "Ann Able");
        scrollIntoView(grid());
        screenshot("filtered-by-lessons-descending");
        // Below about 1,440 pixels the last columns scroll sideways; the names stay.
        browser.executeScript("arguments[0].$.table.scrollLeft = arguments[0].$.table.scrollWidth;", grid());
        screenshot("filtered-scrolled-sideways");

        assertCsv();
        assertPdf();

        // Crossed dates: the error shows under its field, and neither field leaves the row's line.
        typeDate(english("reports.to"), LocalDate.of(2025, 1, 1));
        WebElement to = labelled("vaadin-date-picker", english("reports.to"));
        wait.until(driver -> "true".equals(to.getDomAttribute("invalid")) || to.getDomAttribute("invalid") != null);
        int fromTop = labelled("vaadin-date-picker", english("reports.from")).findElement(By.cssSelector("input")).getRect().getY();
        assertThat(to.findElement(By.cssSelector("input")).getRect().getY()).as("the invalid field's input, in line")
                .isEqualTo(fromTop);
        screenshot("crossed-dates");
    }

    /**
     * The CSV of the filters shown, read as a spreadsheet would: the two people with February and March's figures,
     * in the grid's order at the click (most lessons first).
     */
    private void assertCsv() throws Exception {
        WebElement link = download(english("reports.download"));
        HttpResponse<String> response = fetchWithSession(link.getDomProperty("href"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("team-report.csv"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertThat(records).extracting(r -> r.get("Person"), r -> r.get("Team"), r -> r.get("Lessons completed"),
                r -> r.get("Completed the course"), r -> r.get("Last course activity"), r -> r.get("Connections reviewed"),
                r -> r.get("Baseline recorded"), r -> r.get("Profile-view ratio"), r -> r.get("Overdue follow-ups"),
                r -> r.get("Last results entry"))
                .containsExactly(
                        tuple("Bob Brown", teamA, "3/8", "no", "2025-03-15T09:00:00Z", "n/a", "no", "n/a", "0", ""),
                        tuple("Ann Able", teamA, "2/8", "yes", "2025-03-20T10:00:00Z", "60%", "yes", "1.50", "1", "2025-02-20"));
        assertThat(response.body()).doesNotContain(fixture.annsConnection);
    }

    /** The PDF of the same: its filters, the figures with their counts and the two people, and no one else. */
    private void assertPdf() throws Exception {
        WebElement link = download(english("reports.download.pdf"));
        HttpResponse<byte[]> response = fetchWithSession(link.getDomProperty("href"), "application/pdf",
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("team-report.pdf"));
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (PDDocument document = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Team progress report")
                .contains("Team: " + teamA + "  ·  Cohort: " + cohortX + "  ·  Dates: 1 Feb 2025 – 31 Mar 2025")
                .containsPattern("Generated .* for 2 people\\.")
                .contains("In a cohort: 2 of 2", "Completed the course: 1 of 2",
                        "Worked on the course or recorded results: 2 of 2", "Lessons completed, in total: 5",
                        "Baseline recorded: 1 of 2", "Median profile-view ratio: × 1.50 (over 1 with a baseline and a follow-up)",
                        "With an overdue follow-up: 1 of 2", "Connections removed on LinkedIn, in total: 2")
                .contains("Ann Able", "Bob Brown")
                .doesNotContain("Cat Cole").doesNotContain("Dan Dale").doesNotContain("Eve Evans")
                .doesNotContain(fixture.annsConnection);
    }

    // --- the report's controls ---

    /** Opens the select with this label and picks the item that reads exactly so. */
    private void choose(String label, String item) {
        click(labelled("vaadin-select", label));
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(option -> textOf(option).equals(item) && option.isDisplayed()).findFirst().orElse(null)));
        wait.until(driver -> textOf(labelled("vaadin-select", label)).contains(item));
    }

    /** Types the date as the picker shows it (British: 01/02/2025), then Enter; waits until the picker holds it. */
    private void typeDate(String label, LocalDate date) {
        WebElement picker = labelled("vaadin-date-picker", label);
        WebElement input = picker.findElement(By.cssSelector("input"));
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        wait.until(driver -> date.toString().equals(picker.getDomProperty("value")));
    }

    /** Clicks the column's sorter: ascending first, then descending. */
    private void sortBy(String header) {
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid-sorter")).stream()
                .filter(sorter -> textOf(sorter).equals(header)).findFirst().orElse(null)));
    }

    private WebElement download(String text) {
        return wait.until(driver -> driver.findElements(By.cssSelector(".tracker-controls a[download]")).stream()
                .filter(link -> textOf(link).equals(text)).findFirst().orElse(null));
    }

    private WebElement labelled(String tag, String label) {
        return wait.until(driver -> driver.findElements(By.cssSelector(tag)).stream()
                .filter(field -> label.equals(field.getDomProperty("label"))).findFirst().orElse(null));
    }

    private WebElement grid() {
        return present(By.cssSelector(".reports-view vaadin-grid"));
    }

    private List<List<String>> rows() {
        return gridRows(grid());
    }

    // --- waits ---

    private void waitForNames(String... names) {
        wait.until(driver -> rows().stream().map(List::getFirst).toList().equals(List.of(names)));
    }

    /** The team's figures in the view's order, each "of" figure as [count, people]. */
    private void waitForFigures(List<Integer> enrolled, List<Integer> completed, List<Integer> active, int lessons,
            List<Integer> baseline, String median, int withRatio, List<Integer> overdue, int removed) {
        List<String> expected = List.of(
                "Median profile-view ratio " + median + " over " + withRatio + " with a baseline and a follow-up",
                "In a cohort " + enrolled.get(0) + " of " + enrolled.get(1),
                "Completed the course " + completed.get(0) + " of " + completed.get(1),
                "Worked on the course or recorded results " + active.get(0) + " of " + active.get(1),
                "Lessons completed " + lessons + " in total",
                "Baseline recorded " + baseline.get(0) + " of " + baseline.get(1),
                "With an overdue follow-up " + overdue.get(0) + " of " + overdue.get(1),
                "Connections removed on LinkedIn " + removed + " in total");
        wait.until(driver -> figureTiles(".cohort-figures").equals(expected));
    }

    private void openFromMenu(String label, String path) {
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> textOf(item).equals(label)).findFirst().orElse(null)));
        wait.until(urlMatches(path));
    }
}
