package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.results.ResultsService;
import org.doorstep.results.Snapshot;
import org.doorstep.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, the results: a trainee records a baseline and two follow-ups by hand (one bad entry
 * refused on its field), sees the change since the baseline, a chart and the follow-ups' due dates; their
 * trainer then sees the cohort's median over two trainees, a bar chart, and downloads the tracker as CSV.
 *
 * <p>Text is read as the elements' text content: Selenium's getText() answers "" for an element scrolled
 * out of the app layout's view.
 */
class ResultsJourneyIT extends BrowserJourney {

    /** TestData gives every account, trainer and trainees alike, this password. */
    private static final String TRAINEE_PASSWORD = TestSignIn.PASSWORD;
    private static final String TRAINER_PASSWORD = TestSignIn.PASSWORD;
    /** How the grid, the follow-ups and the chart's labels write a date. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK); // en-GB: "4 Sept 2026"
    /** What the date pickers accept when typed: the person's language (en-GB unless chosen), so day/month/year. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH);

    private static final String RECORDER = "Rae Recorder";
    private static final String STEADY = "Sol Steady";

    // The trainee in the browser: profile views 40 → 70 → 128 (× 3.2); pruning finished 70 days ago.
    private final LocalDate today = LocalDate.now();
    private final LocalDate baselineDay = today.minusDays(75);
    private final LocalDate firstFollowUpDay = today.minusDays(40);
    private final LocalDate secondFollowUpDay = today.minusDays(10);
    private final LocalDate finishedDay = today.minusDays(70);

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    ResultsService results;

    private TestData.TrainedCohort cohort;
    private String recorder;
    private String steady;

    ResultsJourneyIT() {
        super("", "results-failed-");
    }

    @BeforeEach
    void createANewCohort() {
        // A cohort of our own, so the tracker shows exactly these two trainees whatever other tests did.
        cohort = TestData.in(applicationContext).demoOrganisation().cohortWithNewTrainer();
        recorder = cohort.trainee(RECORDER);
        steady = cohort.trainee(STEADY);
        // The second trainee's figures come through the service: 20 → 30 (× 1.5), so the median is 2.35.
        recordThroughService(steady, today.minusDays(60), 20, today.minusDays(5), 30);
    }

    @Test
    void a_trainee_records_a_baseline_and_two_follow_ups_and_their_trainer_sees_the_cohort_median_and_downloads_it()
            throws Exception {
        signIn(recorder, TRAINEE_PASSWORD);
        assertThat(textsOf(browser.findElements(By.cssSelector(".home-notice"))))
                .contains(english("home.notice.baseline"));
        openFromMenu("My results", "/results$");
        present(By.cssSelector(".results-view vaadin-grid"));
        assertThat(textOf(present(By.cssSelector(".follow-ups li")))).isEqualTo(english("results.follow-ups.none"));

        recordBaseline();
        refuseAFollowUpDatedBeforeTheBaseline();
        refuseAnSsiPillarOverTwentyFive();
        recordFollowUps();
        setPruningFinished();

        assertTraineeRatiosAndFollowUps();
        assertTraineeChart();
        signOut();

        signIn(cohort.trainer().username(), TRAINER_PASSWORD);
        openFromMenu("Results tracker", "/trainer/results$");
        assertTrackerFigures();
        assertTrackerBarChart();
        assertTrackerCsv();
    }

    // --- the trainee's steps ---

    /** The first entry is the baseline (ticked and read-only); the form says so. */
    private void recordBaseline() {
        WebElement baselineBox = present(By.cssSelector(".snapshot-form vaadin-checkbox"));
        assertThat(baselineBox.getDomProperty("checked")).isEqualTo("true");
        assertThat(baselineBox.getDomProperty("readonly")).isEqualTo("true");
        assertThatTheDatePickerTakesBritishDates();

        enter(baselineDay, 40);
        saveAndWaitForRows(1);
        assertThat(entryRows().getFirst()).startsWith(baselineDay.format(SHOWN), "Baseline", "40");
        wait.until(driver -> textOf(baselineBox).contains(english("results.baseline.have")));
        assertThat(baselineBox.getDomProperty("checked")).isEqualTo("false");
    }

    /** A follow-up dated before the baseline is refused on the date field, and no row is added. */
    private void refuseAFollowUpDatedBeforeTheBaseline() throws IOException {
        enter(baselineDay.minusDays(5), 70);
        click(button(english("results.save")));
        waitForFieldError(datePicker(english("results.field.date")), english("results.error.before-baseline"));
        screenshot("results-refused-before-baseline");
        assertNothingAddedBeyond(1);
    }

    /**
     * A pillar of 30 with the other three filled: refused with the range message, and no row added. The
     * field's own max of 25 flags the pillar typed; the server's refusal lands on the first pillar.
     */
    private void refuseAnSsiPillarOverTwentyFive() throws IOException {
        typeDate(datePicker(english("results.field.date")), firstFollowUpDay);
        typeNumber(integerField(english("results.field.ssi-brand")), 12);
        typeNumber(integerField(english("results.field.ssi-people")), 30);
        typeNumber(integerField(english("results.field.ssi-insights")), 10);
        typeNumber(integerField(english("results.field.ssi-relationships")), 10);
        click(button(english("results.save")));
        String range = english("results.error.ssi-range");
        waitForFieldError(integerField(english("results.field.ssi-people")), range);
        scrollIntoView(integerField(english("results.field.ssi-people")));
        screenshot("results-refused-ssi-pillar");
        assertNothingAddedBeyond(1);
    }

    /** With the SSI left out again, the same follow-up saves; then a second one. */
    private void recordFollowUps() {
        for (String pillar : List.of("ssi-brand", "ssi-people", "ssi-insights", "ssi-relationships")) {
            typeNumber(integerField(english("results.field." + pillar)), null);
        }
        enter(firstFollowUpDay, 70);
        saveAndWaitForRows(2);
        enter(secondFollowUpDay, 128);
        saveAndWaitForRows(3);
        assertThat(entryRows()).extracting(row -> row.get(0), row -> row.get(1), row -> row.get(2)).containsExactly(
                tuple(baselineDay.format(SHOWN), "Baseline", "40"),
                tuple(firstFollowUpDay.format(SHOWN), "Follow-up", "70"),
                tuple(secondFollowUpDay.format(SHOWN), "Follow-up", "128"));
    }

    /** The day pruning finished sets the +30, +60 and +90 days' due dates. */
    private void setPruningFinished() {
        typeDate(datePicker(english("results.finished")), finishedDay);
        wait.until(driver -> browser.findElements(By.cssSelector(".follow-ups li")).size() == 3);
    }

    private void assertTraineeRatiosAndFollowUps() throws IOException {
        wait.until(driver -> figureTiles(".ratios").contains("Profile views × 3.2 since your baseline"));
        assertThat(figureTiles(".ratios")).contains("Followers — needs a baseline and a follow-up");
        waitForTexts(By.cssSelector(".follow-ups li"), List.of(
                "+30 days: due " + finishedDay.plusDays(30).format(SHOWN) + " recorded",
                "+60 days: due " + finishedDay.plusDays(60).format(SHOWN) + " recorded",
                "+90 days: due " + finishedDay.plusDays(90).format(SHOWN) + " to come"));
        scrollToTop(present(By.cssSelector(".results-change")));
        screenshot("results-trainee-ratios");
        scrollToTop(present(By.cssSelector(".results-view vaadin-grid")));
        screenshot("results-trainee-entries");
    }

    /** The profile views' line chart is drawn, and its table alternative lists the same three figures. */
    private void assertTraineeChart() throws IOException {
        WebElement chart = present(By.cssSelector(".results-charts doorstep-chart[label='Profile views over time']"));
        Map<String, Object> drawn = waitUntilDrawn(chart);
        assertThat(drawn.get("type")).isEqualTo("line");
        assertThat(drawn.get("values")).isEqualTo(List.of(List.of(40L, 70L, 128L)));

        WebElement box = chart.findElement(By.xpath("./.."));
        WebElement table = box.findElement(By.cssSelector("table.chart-table"));
        assertThat(table.getDomAttribute("class")).contains("visually-hidden");
        click(buttonIn(box, english("chart.table.show")));
        wait.until(driver -> !table.getDomAttribute("class").contains("visually-hidden"));
        assertThat(table.isDisplayed()).isTrue();
        assertThat(tableRows(table)).containsExactly(
                List.of(baselineDay.format(SHOWN), "40"),
                List.of(firstFollowUpDay.format(SHOWN), "70"),
                List.of(secondFollowUpDay.format(SHOWN), "128"));
        scrollToTop(box);
        screenshot("results-trainee-chart");
    }

    // --- the trainer's steps ---

    /** Their only cohort is chosen; two rows, and the cohort's figures each with the count behind them. */
    private void assertTrackerFigures() throws IOException {
        String cohortName = jdbc.queryForObject("select name from cohort where id = ?", String.class, cohort.id());
        WebElement cohortSelect = present(By.cssSelector(".tracker-controls vaadin-select"));
        wait.until(driver -> textOf(cohortSelect).contains(cohortName + " · members: 2"));

        List<String> figures = List.of(
                "Median ratio × 2.35 over 2 with a baseline and a follow-up",
                "Improved 2 of 2",
                "With a baseline 2 of 2",
                "With a follow-up 2 of 2");
        wait.until(driver -> figureTiles(".cohort-figures").equals(figures));
        WebElement grid = present(By.cssSelector(".tracker-view vaadin-grid"));
        wait.until(driver -> gridRows(grid).size() == 2);
        // Trainee, baseline, latest, ratio; sorted by name.
        assertThat(gridRows(grid)).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of(RECORDER, "40", "128", "× 3.20"),
                List.of(STEADY, "20", "30", "× 1.50"));
        assertThat(gridRows(grid).getFirst().get(5)).isEqualTo(secondFollowUpDay.format(SHOWN));
        screenshot("results-trainer-tracker");
    }

    private void assertTrackerBarChart() throws IOException {
        WebElement chart = present(By.cssSelector(".tracker-chart doorstep-chart"));
        Map<String, Object> drawn = waitUntilDrawn(chart);
        assertThat(drawn.get("type")).isEqualTo("bar");
        assertThat(drawn.get("labels")).isEqualTo(List.of(RECORDER, STEADY));
        assertThat(drawn.get("values")).isEqualTo(List.of(List.of(40L, 20L), List.of(128L, 30L)));
        scrollToTop(chart.findElement(By.xpath("./..")));
        screenshot("results-trainer-chart");
    }

    /** Downloads the tracker with the trainer's browser session and reads it as a spreadsheet would. */
    private void assertTrackerCsv() throws Exception {
        WebElement link = present(By.cssSelector(".tracker-controls a[download]"));
        assertThat(textOf(link)).isEqualTo(english("tracker.download"));
        HttpResponse<String> response = fetchWithSession(link.getDomProperty("href"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("results-tracker.csv"));
        String csv = response.body();
        assertThat(csv).startsWith("\"Trainee\",\"Baseline profile views\",\"Latest profile views\",\"Ratio\","
                + "\"Connections before pruning\",\"Connections after pruning\",\"Last entry\",\"Missing follow-ups\"\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).extracting(r -> r.get("Trainee"), r -> r.get("Baseline profile views"),
                r -> r.get("Latest profile views"), r -> r.get("Ratio"), r -> r.get("Last entry"))
                .containsExactly(
                        tuple(RECORDER, "40", "128", "3.20", secondFollowUpDay.toString()),
                        tuple(STEADY, "20", "30", "1.50", today.minusDays(5).toString()));
    }

    // --- the results form ---

    /**
     * The form starts with today's date: shown as day/month/year (the person's language, en-GB by default),
     * the order typed dates are read in ("3/4" is the 3rd of April).
     */
    private void assertThatTheDatePickerTakesBritishDates() {
        WebElement input = datePicker(english("results.field.date")).findElement(By.cssSelector("input"));
        wait.until(driver -> !input.getDomProperty("value").isEmpty());
        assertThat(input.getDomProperty("value")).isEqualTo(today.format(TYPED));
    }

    /** Date and profile views, the one figure every entry needs; other figures left as they are. */
    private void enter(LocalDate date, int profileViews) {
        typeDate(datePicker(english("results.field.date")), date);
        typeNumber(integerField(english("results.field.profile-views")), profileViews);
    }

    private void saveAndWaitForRows(int rows) {
        click(button(english("results.save")));
        wait.until(driver -> entryRows().size() == rows);
        // A saved entry empties the form for the next one.
        wait.until(driver -> integerField(english("results.field.profile-views")).getDomProperty("value").isEmpty());
    }

    /** After a refusal: the grid and the stored entries still hold only what was saved before. */
    private void assertNothingAddedBeyond(int rows) {
        assertThat(entryRows()).hasSize(rows);
        TestSignIn.as(applicationContext, recorder);
        try {
            assertThat(results.mySnapshots()).hasSize(rows);
        } finally {
            TestSignIn.out(applicationContext);
        }
    }

    private List<List<String>> entryRows() {
        return gridRows(browser.findElement(By.cssSelector(".results-view vaadin-grid")));
    }

    /** Types the date as a person would, then Enter; waits until the picker holds it (ISO in its value). */
    private void typeDate(WebElement picker, LocalDate date) {
        WebElement input = picker.findElement(By.cssSelector("input"));
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date.format(TYPED), Keys.ENTER);
        wait.until(driver -> date.toString().equals(picker.getDomProperty("value")));
    }

    /** Types a number (or empties the field for null); Tab commits it, as leaving the field does. */
    private void typeNumber(WebElement field, Integer value) {
        WebElement input = field.findElement(By.cssSelector("input"));
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value == null ? "" : value.toString(), Keys.TAB);
        String expected = value == null ? "" : value.toString();
        wait.until(driver -> expected.equals(field.getDomProperty("value")));
    }

    /** Waits until the field is marked invalid and shows this message under it. */
    private void waitForFieldError(WebElement field, String message) {
        wait.until(driver -> field.getDomAttribute("invalid") != null
                && field.findElements(By.cssSelector("[slot='error-message']")).stream()
                        .anyMatch(error -> textOf(error).equals(message) && error.isDisplayed()));
    }

    private WebElement datePicker(String label) {
        return labelled("vaadin-date-picker", label);
    }

    private WebElement integerField(String label) {
        return labelled("vaadin-integer-field", label);
    }

    private WebElement labelled(String tag, String label) {
        return wait.until(driver -> driver.findElements(By.cssSelector(tag)).stream()
                .filter(field -> label.equals(field.getDomProperty("label"))).findFirst().orElse(null));
    }

    // --- charts, grids and tables ---

    /**
     * Waits until chart.js has drawn into the element's canvas (a non-zero size, some pixels painted) and
     * answers its type, labels and values, as chart.js holds them.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> waitUntilDrawn(WebElement chart) {
        scrollIntoView(chart);
        return wait.until(driver -> (Map<String, Object>) browser.executeScript("""
                const canvas = arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('canvas');
                const chart = canvas && window.Chart && window.Chart.getChart(canvas);
                if (!chart || canvas.width === 0 || canvas.height === 0) return null;
                const box = canvas.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) return null;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
                if (painted === 0) return null;
                return {type: chart.config.type, labels: chart.data.labels,
                        values: chart.data.datasets.map(set => set.data)};""", chart));
    }

    private List<List<String>> tableRows(WebElement table) {
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> textsOf(row.findElements(By.cssSelector("th, td")))).toList();
    }

    // --- accounts, navigation and waits ---

    /** A baseline and one follow-up saved as the trainee, the way the view does, signed out again. */
    private void recordThroughService(String trainee, LocalDate baselineOn, int baseline, LocalDate followUpOn,
            int followUp) {
        TestSignIn.as(applicationContext, trainee);
        try {
            results.save(new Snapshot(null, baselineOn, true, baseline, null, null, null, null, null, null, null, null));
            results.save(new Snapshot(null, followUpOn, false, followUp, null, null, null, null, null, null, null,
                    null));
        } finally {
            TestSignIn.out(applicationContext);
        }
    }

    private void signOut() {
        click(present(By.cssSelector("vaadin-button.sign-out")));
        present(By.cssSelector("vaadin-login-form"));
    }

    private void openFromMenu(String label, String path) {
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> textOf(item).equals(label)).findFirst().orElse(null)));
        wait.until(urlMatches(path));
    }

    /** Waits until one item of the list (a CSS selector) reads exactly this. */
    private void waitForListItem(String list, String item) {
        wait.until(driver -> textsOf(driver.findElements(By.cssSelector(list + " li"))).contains(item));
    }

    private void waitForTexts(By locator, List<String> texts) {
        wait.until(driver -> textsOf(driver.findElements(locator)).equals(texts));
    }

    /** For a screenshot: the element at the top of the view, just below the app bar. */
    private void scrollToTop(WebElement element) {
        browser.executeScript("""
                arguments[0].scrollIntoView({block: 'start'});
                const bar = document.querySelector('vaadin-app-layout [slot=navbar]');
                const scroller = document.scrollingElement;
                if (bar) scroller.scrollBy(0, -bar.getBoundingClientRect().height);""", element);
    }
}
