package org.doorstep.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screenshots of a trainee's home and map with two courses and of the cohort course chooser, at desktop and phone
 * width, against a running Doorstep with demo data: {@code CourseScreenshots <port> <jdbc-url> <out-dir>}. A manual
 * look, not a test: it gives the demo trainee demo01 a second cohort taking a small second course first.
 */
public final class CourseScreenshots {

    private static final String PASSWORD = "doorstep-demo";
    private static final String SLUG = "safer-networking";

    private CourseScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path out = Files.createDirectories(Path.of(args[2]));
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "postgres")) {
            secondCourse(db);
        }
        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            String tag = size[0] + "x" + size[1];
            ChromeDriver browser = Chromium.start(size[0], size[1]);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                signIn(browser, wait, port, "demo01");
                shot(browser, out, "home-" + tag);
                browser.get("http://localhost:" + port + "/courses/" + SLUG);
                wait.until(presenceOfElementLocated(By.cssSelector(".course-switcher")));
                shot(browser, out, "map-" + tag);
                browser.manage().deleteAllCookies();
                signIn(browser, wait, port, "admin");
                browser.get("http://localhost:" + port + "/admin/cohorts");
                wait.until(presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content")));
                Thread.sleep(1500);
                browser.executeScript("const grid = document.querySelector('vaadin-grid');"
                        + "grid.activeItem = grid._dataProviderController.rootCache.items[0];");
                Thread.sleep(1500);
                shot(browser, out, "cohorts-" + tag);
                browser.executeScript("[...document.querySelectorAll('vaadin-select')].find(s => s.label === 'Course')"
                        + ".scrollIntoView({block: 'center'})");
                Thread.sleep(500);
                shot(browser, out, "cohorts-chooser-" + tag);
                browser.executeScript("[...document.querySelectorAll('vaadin-select')].find(s => s.label === 'Course')"
                        + ".opened = true");
                Thread.sleep(800);
                shot(browser, out, "cohorts-chooser-open-" + tag);
            } finally {
                browser.quit();
            }
        }
    }

    private static void signIn(ChromeDriver browser, WebDriverWait wait, int port, String username) throws Exception {
        browser.get("http://localhost:" + port + "/");
        wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(presenceOfElementLocated(By.cssSelector(".home-view")));
        Thread.sleep(1500);
    }

    private static void shot(ChromeDriver browser, Path out, String name) throws Exception {
        File file = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The course, a published version of two lessons, and a cohort of the demo organisation taking it with demo01. */
    private static void secondCourse(Connection db) throws Exception {
        if (db.createStatement().executeQuery("select 1 from course where slug = '" + SLUG + "'").next()) {
            return;
        }
        db.createStatement().execute("insert into course (slug) values ('" + SLUG + "')");
        PreparedStatement version = db.prepareStatement("insert into course_version (course_slug, version, origin, "
                + "source_hash) values (?, 1, 'FILE', 'screenshots') returning id");
        version.setString(1, SLUG);
        var rs = version.executeQuery();
        rs.next();
        long id = rs.getLong(1);
        insert(db, "insert into course_meta (version_id, source) values (?, ?)", id, """
                slug: safer-networking
                title: Safer networking for managers
                summary: A short second course, taken by the autumn cohort.
                lessons:
                  - welcome
                  - check
                """);
        insert(db, "insert into course_lesson (version_id, position, slug, source) values (?, 0, 'welcome', ?)", id, """
                slug: welcome
                title: Why a second course
                summary: What this course adds to the first.
                minutes: 5
                steps:
                  - id: hello
                    kind: reading
                    title: Hello
                    markdown: A second course, taken by one cohort.
                """);
        insert(db, "insert into course_lesson (version_id, position, slug, source) values (?, 1, 'check', ?)", id, """
                slug: check
                title: A short check
                summary: One question about what you read.
                minutes: 3
                steps:
                  - id: one-question
                    kind: quiz
                    title: One question
                    passMark: 100
                    items:
                      - id: only
                        prompt: Which is right?
                        options:
                          - text: This one
                            correct: true
                          - text: Not this one
                            correct: false
                        feedback: The first one.
                """);
        db.createStatement().execute("""
                insert into cohort (organisation_id, name, join_code, course_slug)
                select organisation_id, 'Autumn cohort', 'AUTUMN42', 'safer-networking' from cohort
                 where join_code = 'CUPPA742'""");
        db.createStatement().execute("""
                insert into cohort_member (cohort_id, user_id)
                select c.id, u.id from cohort c, app_user u where c.join_code = 'AUTUMN42' and u.username = 'demo01'""");
    }

    private static void insert(Connection db, String sql, long id, String source) throws Exception {
        PreparedStatement statement = db.prepareStatement(sql);
        statement.setLong(1, id);
        statement.setString(2, source);
        statement.executeUpdate();
    }
}
