package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.results.ResultsService;
import org.doorstep.results.Snapshot;
import org.doorstep.workshop.WorkshopService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every view, opened by the person it is for, checked by axe-core at desktop (1366×900) and phone (390×844) width,
 * in light and in dark (signed-in views; the sign-in pages are always light): no serious or critical WCAG 2.1 AA
 * violation. The lesser ones are listed in target/accessibility/&lt;who&gt;.txt. With {@code -Dphotograph.views=true}
 * every view is also photographed at both widths (in dark at the desktop's) as
 * target/screenshots/view-&lt;who&gt;-&lt;page&gt;-&lt;width&gt;-&lt;theme&gt;.png for a person to look at: some 130 pictures, which
 * cost the everyday build about a minute and assert nothing.
 */
class AccessibilityJourneyIT extends BrowserJourney {

    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String DEMO_PASSWORD = "doorstep-demo";
    private static final boolean PHOTOGRAPH = Boolean.getBoolean("photograph.views");

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkshopService workshops;
    @Autowired
    ExerciseService exercise;
    @Autowired
    ResultsService results;

    private TestData.TrainedCohort cohort;
    private final List<String> serious = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();

    private record Check(String where, long millis) {
    }

    AccessibilityJourneyIT() {
        super("view-", "accessibility-failed-", DESKTOP.width, DESKTOP.height);
    }

    @BeforeEach
    void aCohortOfItsOwn() {
        cohort = TestData.in(applicationContext).demoOrganisation().cohortWithNewTrainer();
    }

    @Test
    void the_sign_in_pages_have_no_serious_accessibility_violation_at_either_width() throws Exception {
        check("visitor", false, "/login", "/register", "/forgot-password", "/set-password?token=unknown",
                "/verify-email?token=unknown");
    }

    @Test
    void every_trainee_view_with_a_network_and_a_live_session_has_no_serious_accessibility_violation() throws Exception {
        String trainee = cohort.trainee("Tara Trainee");
        TestSignIn.as(applicationContext, trainee);
        exercise.importSample();
        exercise.page(ConnectionFilter.ALL, 0, 3).forEach(person -> exercise.decide(person.id(), Decision.REACH_OUT));
        LocalDate today = LocalDate.now();
        results.save(new Snapshot(null, today.minusDays(40), true, 20, 31, 400, 200, 480, 10, 9, 7, 8));
        results.save(new Snapshot(null, today.minusDays(5), false, 64, 40, 520, 214, 300, 13, 12, 10, 11));
        String code = liveSession();
        signIn(trainee, TestSignIn.PASSWORD);
        check("trainee", true, "/", "/course", "/course/stranger-at-the-door", "/exercise", "/exercise/import",
                "/exercise/plan", "/results", "/workshop/join", "/workshop/" + code, "/settings", "/settings/password");
    }

    @Test
    void every_trainer_view_including_the_presenter_and_a_summary_has_no_serious_accessibility_violation()
            throws Exception {
        String code = liveSession();
        cohort.trainee("Ann Attentive");
        signIn(cohort.trainer().username(), TestSignIn.PASSWORD);
        check("trainer", true, "/", "/course", "/course/authoring", "/trainer/results", "/workshop",
                "/workshop/" + code + "/present");
        theFirstReadingStepFitsAProjector(code);
        TestSignIn.as(applicationContext, cohort.trainer().username());
        workshops.end(code);
        TestSignIn.out(applicationContext);
        check("trainer-after", true, "/workshop/" + code + "/summary");
    }

    @Test
    void every_manager_view_has_no_serious_accessibility_violation() throws Exception {
        signIn("manager", DEMO_PASSWORD);
        check("manager", true, "/", "/reports", "/learning-records");
    }

    @Test
    void every_administration_view_has_no_serious_accessibility_violation() throws Exception {
        long trainee = jdbc.queryForObject("select id from app_user where username = 'trainee'", Long.class);
        signIn("admin", DEMO_PASSWORD);
        check("admin", true, "/", "/admin", "/admin/users/" + trainee, "/admin/users/new", "/admin/cohorts",
                "/admin/organisations", "/admin/audit", "/admin/outbox");
    }

    /** On a 1366×768 projector the first step (a long reading) fits without scrolling, in type no smaller than half. */
    private void theFirstReadingStepFitsAProjector(String code) throws IOException {
        // The page's own 1366×768 (a window that size would lose the browser's bars), as a projector in full screen.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 1366, "height", 768,
                "deviceScaleFactor", 1, "mobile", false));
        open("/workshop/" + code + "/present");
        settle();
        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript("""
                const box = document.querySelector('.presenter-main');
                return !!box && box.querySelector('.markdown') !== null && box.scrollHeight <= box.clientHeight + 1;""")));
        screenshot("trainer-present-projector-1366x768");
        becomeADesktop();
    }

    /** A session of the fixture's cohort on its first step, as the trainer would have started it. */
    private String liveSession() {
        TestSignIn.as(applicationContext, cohort.trainer().username());
        String code = workshops.schedule(cohort.id(), "four-criteria", Instant.now()).code();
        workshops.present(code);
        TestSignIn.out(applicationContext);
        return code;
    }

    /** Each page at both widths, light then (by the person's own switch, put back afterwards) dark. */
    private void check(String who, boolean darkToo, String... paths) throws IOException {
        try {
            checkAll(who, "light", paths);
            if (darkToo) {
                switchTheme();
                checkAll(who, "dark", paths);
            }
        } finally {
            if (darkToo) {
                switchTheme();
            }
            writeReport(who);
        }
        assertThat(serious).as("serious or critical accessibility violations (all in target/accessibility/" + who
                + ".txt)").isEmpty();
    }

    private void checkAll(String who, String theme, String... paths) throws IOException {
        for (String path : paths) {
            open(path);
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                browser.manage().window().setSize(size);
                settle();
                String where = path + " at " + size.width + " px, " + theme;
                long start = System.nanoTime();
                List<Axe.Violation> found = "light".equals(theme) ? Axe.check(browser) : Axe.checkColours(browser);
                checks.add(new Check(where, (System.nanoTime() - start) / 1_000_000));
                for (Axe.Violation violation : found) {
                    report.add(where + ": " + violation);
                    if (violation.seriousOrWorse()) {
                        serious.add(where + ": " + violation);
                    }
                }
                // Every view at both widths in light; dark at the desktop width only, to keep the journey short.
                if (PHOTOGRAPH && ("light".equals(theme) || size.equals(DESKTOP))) {
                    screenshot(who + "-" + fileName(path) + "-" + size.width + "-" + theme);
                }
            }
            browser.manage().window().setSize(DESKTOP);
        }
    }

    private void switchTheme() {
        open("/");
        settle();
        click(present(By.cssSelector(".theme-switch")));
        settle();
    }

    /** Until the page has loaded and Vaadin has no request in flight (a resize may ask the server for a layout). */
    private void settle() {
        // Polled every 50 ms, not the wait's 500: there are some two hundred of these.
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50)).until(driver -> Boolean.TRUE.equals(browser.executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients || {};
                return document.readyState === 'complete'
                    && Object.values(clients).every(client => !client.isActive || !client.isActive());""")));
    }

    private static String fileName(String path) {
        String name = path.replaceFirst("\\?.*", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }

    private void writeReport(String who) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "accessibility"));
        List<String> lines = new ArrayList<>(report.isEmpty() ? List.of("No violations.") : report);
        lines.add("");
        lines.add(checks.size() + " checks, " + checks.stream().mapToLong(Check::millis).sum() + " ms of axe in all:");
        checks.forEach(check -> lines.add(check.where() + ": " + check.millis() + " ms"));
        Files.write(folder.resolve(who + ".txt"), lines);
    }
}
