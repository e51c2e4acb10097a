package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.doorstep.AnotherInstance;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.workshop.Room;
import org.doorstep.workshop.RoomService;
import org.doorstep.workshop.Subscription;
import org.doorstep.workshop.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real browsers, a live workshop across two app instances sharing one PostgreSQL: the trainer (instance A)
 * schedules and presents a session; three trainees join with its code, two on A and one on instance B; all
 * follow the trainer's steps, vote on a poll whose results the trainer reveals, and the trainer sees the room.
 * Instance B hears of every change only through PostgreSQL LISTEN/NOTIFY.
 */
class WorkshopJourneyIT extends BrowserJourney {

    private static final String TRAINER_PASSWORD = TestSignIn.PASSWORD;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    WorkshopService workshops;
    @Autowired
    RoomService rooms;

    private TestData.TrainedCohort cohort;
    private final Map<String, String> trainees = new java.util.LinkedHashMap<>();
    private ConfigurableApplicationContext instanceB;
    private final List<ChromeDriver> traineeBrowsers = new ArrayList<>();

    WorkshopJourneyIT() {
        super("workshop-", "workshop-failed-");
    }

    @BeforeEach
    void aCohortAndASecondInstance() {
        cohort = TestData.in(applicationContext).demoOrganisation().cohortWithNewTrainer();
        trainees.put("Ann Attentive", cohort.trainee("Ann Attentive"));
        trainees.put("Bob Bystander", cohort.trainee("Bob Bystander"));
        // Cat is not in the cohort yet: the session's code lets her in.
        trainees.put("Cat Curious", TestData.in(applicationContext).demoOrganisation().cohortWithNewTrainer().trainee("Cat Curious"));
    }

    /**
     * A second Doorstep on another port against the same database, as behind a load balancer. Spring
     * Security's static context holder is one per JVM and a starting application takes it over: this one's is
     * put back, so instance A's code keeps reading the holder its own filters fill.
     */
    private int startInstanceB() {
        // Arguments, not default properties: those lose to application.properties' server.port=${PORT:8080}.
        instanceB = AnotherInstance.start(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"));
        return ((WebServerApplicationContext) instanceB).getWebServer().getPort();
    }

    @AfterEach
    void closeEverything() {
        traineeBrowsers.forEach(ChromeDriver::quit);
        if (instanceB != null) {
            AnotherInstance.stop(instanceB);
        }
    }

    @Test
    void a_trainer_runs_a_session_for_three_trainees_on_two_instances_who_follow_vote_and_see_the_revealed_results()
            throws Exception {
        int portB = startInstanceB();
        assertThat(portB).isNotEqualTo(port);

        signIn(cohort.trainer().username(), TRAINER_PASSWORD);
        String code = scheduleFourCriteria();
        click(present(By.xpath("//vaadin-grid-cell-content//a[normalize-space()='Present']")));
        present(By.cssSelector(".presenter-view"));
        assertThat(textOf(present(By.cssSelector(".presenter-code")))).isEqualTo(code);

        List<Trainee> room = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> trainee : trainees.entrySet()) {
            int instancePort = i++ < 2 ? port : portB;
            room.add(join(trainee.getValue(), code, instancePort));
        }
        waitForText(browser, By.cssSelector(".presenter-room"), "3 people in the room");
        // The projector counts the room; names only once the trainer opens their panel.
        assertThat(textOf(browser.findElement(By.cssSelector(".presenter-room"))))
                .contains("Step 1: 3 people").doesNotContain("Ann Attentive", "Bob Bystander", "Cat Curious");
        screenshot("presenter-room");
        click(present(By.cssSelector(".presenter-names vaadin-details-summary")));
        waitForText(browser, By.cssSelector(".presenter-names"), "Cat Curious: step 1");
        assertThat(textOf(browser.findElement(By.cssSelector(".presenter-names"))))
                .contains("Ann Attentive: step 1", "Bob Bystander: step 1", "Cat Curious: step 1");

        // Two steps on, the first quiz question: every screen follows, B's through the database.
        browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
        waitForText(browser, By.cssSelector(".presenter-stage"), "Step 2 of 15");
        click(present(By.id("presenter-next")));
        waitForText(browser, By.cssSelector(".presenter-stage"), "Step 3 of 15");
        for (Trainee trainee : room) {
            waitForText(trainee.browser, By.cssSelector(".room-stage"), "Step 3 of 15");
        }

        vote(room.get(0), 0);
        vote(room.get(1), 0);
        vote(room.get(2), 1);
        // Every answer is in (the presenter counts all three): still no results, on the screens nor in the
        // room the server pushes to them (votes push nothing while the room stays the same).
        waitForText(browser, By.cssSelector(".presenter-answers"), "3 of 3 in the room answered");
        for (Trainee trainee : room) {
            assertThat(textOf(trainee.browser.findElement(By.cssSelector(".room-results")))).isEmpty();
        }
        assertThat(roomAsSeenBy(room.get(2), code).revealed()).as("results in the room before the reveal").isEmpty();

        click(button("Reveal answers"));
        waitForText(browser, By.cssSelector(".presenter-answers"), "3 people answered");
        assertThat(roomAsSeenBy(room.get(2), code).revealed()).as("results in the room after the reveal").containsKey(2);
        for (Trainee trainee : room) {
            waitForText(trainee.browser, By.cssSelector(".room-results"), "How the room answered");
            assertThat(textOf(trainee.browser.findElement(By.cssSelector(".room-results"))))
                    .contains("2 (67%)", "1 (33%)", "3 people answered");
        }
        screenshot("presenter-revealed");
        screenshotOf(room.get(2).browser, "trainee-on-instance-b");

        click(button("End session"));
        click(present(By.cssSelector("vaadin-confirm-dialog-overlay [slot='confirm-button'], vaadin-confirm-dialog [slot='confirm-button']")));
        waitForText(browser, By.cssSelector(".summary-view"), "Attendance: 3");
        for (Trainee trainee : room) {
            waitForText(trainee.browser, By.cssSelector(".room-stage"), "This session has ended");
        }
        screenshot("summary");
    }

    @Test
    void a_trainee_who_loses_the_network_or_reloads_comes_back_on_the_current_step() throws Exception {
        TestSignIn.as(applicationContext, cohort.trainer().username());
        String code = workshops.schedule(cohort.id(), "four-criteria", Instant.now()).code();
        workshops.present(code);
        String ann = trainees.get("Ann Attentive");
        keepHoldOfWebSockets();
        signIn(ann, TestSignIn.PASSWORD);
        open("/workshop/join?code=" + code);
        click(button(english("workshop.join.button")));
        waitForText(browser, By.cssSelector(".room-stage"), "Step 1 of 15");

        // Chrome's offline mode spares open websockets: drop them by hand, and offline keeps them down.
        browser.setNetworkConditions(offline());
        browser.executeScript("window.__sockets.forEach(socket => socket.close());");
        // A screen of the test's own in the same session shows when the server has sent the change to the
        // session's screens (the offline one among them): only then is "still on step 1" worth checking.
        TestSignIn.as(applicationContext, ann);
        LinkedBlockingQueue<Room> pushed = new LinkedBlockingQueue<>();
        try (Subscription observer = rooms.follow(code, pushed::add)) {
            TestSignIn.as(applicationContext, cohort.trainer().username());
            workshops.goTo(code, 2);
            Room sent = pushed.poll(30, TimeUnit.SECONDS);
            while (sent != null && sent.currentStep() != 2) {
                sent = pushed.poll(30, TimeUnit.SECONDS);
            }
            assertThat(sent).as("step 3 sent to the session's screens").isNotNull();
        }
        assertThat(textOf(browser.findElement(By.cssSelector(".room-stage")))).as("offline screen")
                .contains("Step 1 of 15");
        browser.deleteNetworkConditions();
        // Vaadin's push reconnects by itself and brings the missed change.
        waitForText(browser, By.cssSelector(".room-stage"), "Step 3 of 15");

        workshops.goTo(code, 4);
        browser.navigate().refresh();
        waitForText(browser, By.cssSelector(".room-stage"), "Step 5 of 15");
        TestSignIn.out(applicationContext);
    }

    /** The room as the server shows it to this trainee's screen now (their seat: read-only). */
    private Room roomAsSeenBy(Trainee trainee, String code) {
        TestSignIn.as(applicationContext, trainee.username());
        try {
            return rooms.seat(code).room();
        } finally {
            TestSignIn.out(applicationContext);
        }
    }

    /** Every websocket the page opens is remembered in window.__sockets, so the test can cut them. */
    private void keepHoldOfWebSockets() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (() => {
                    const Native = window.WebSocket;
                    window.__sockets = [];
                    window.WebSocket = function (...args) {
                        const socket = new Native(...args);
                        window.__sockets.push(socket);
                        return socket;
                    };
                    window.WebSocket.prototype = Native.prototype;
                    Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
                })();"""));
    }

    private static ChromiumNetworkConditions offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        return conditions;
    }

    private record Trainee(String username, ChromeDriver browser) {
    }

    /** Through the trainer's workshops page: the first (only) cohort, the four-criteria lesson, the default time. */
    private String scheduleFourCriteria() {
        open("/workshop");
        WebElement lesson = present(By.id("schedule-lesson"));
        click(lesson);
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> textOf(item).equals("The four criteria")).findFirst().orElse(null)));
        click(button("Schedule"));
        WebElement codeCell = wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> textOf(cell).matches("[A-Z2-9]{6}")).findFirst().orElse(null));
        return textOf(codeCell);
    }

    private Trainee join(String username, String code, int instancePort) throws Exception {
        ChromeDriver trainee = Chromium.start(WIDTH, HEIGHT);
        traineeBrowsers.add(trainee);
        WebDriverWait traineeWait = waitFor(trainee);
        trainee.get("http://localhost:" + instancePort + "/");
        traineeWait.until(driver -> driver.findElements(By.cssSelector("vaadin-login-form input[name='username']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).sendKeys(username);
        trainee.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(TestSignIn.PASSWORD, Keys.ENTER);
        traineeWait.until(driver -> !driver.findElements(By.cssSelector(".home-view")).isEmpty());
        trainee.get("http://localhost:" + instancePort + "/workshop/join");
        WebElement field = traineeWait.until(driver -> driver.findElements(By.cssSelector(".join-form input")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        field.sendKeys(code.toLowerCase(), Keys.ENTER);
        waitForText(trainee, By.cssSelector(".room-stage"), "Step 1 of 15");
        // The room has its own address, so a reload or a shared link comes back to it.
        assertThat(trainee.getCurrentUrl()).endsWith("/workshop/" + code);
        return new Trainee(username, trainee);
    }

    private void vote(Trainee trainee, int option) {
        WebElement choice = waitFor(trainee.browser).until(driver -> {
            List<WebElement> options = driver.findElements(By.cssSelector(".room-vote vaadin-checkbox"));
            return options.size() > option ? options.get(option) : null;
        });
        trainee.browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
        choice.findElement(By.cssSelector("label")).click();
        trainee.browser.findElement(By.cssSelector(".room-send-vote")).click();
        waitForText(trainee.browser, By.cssSelector(".room-status"), "Saved.");
    }

    private static void screenshotOf(ChromeDriver driver, String name) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(folder.resolve("workshop-" + name + ".png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private static WebDriverWait waitFor(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(30), Chromium.POLL);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void waitForText(ChromeDriver driver, By locator, String text) {
        waitFor(driver).until(d -> d.findElements(locator).stream().anyMatch(element -> textOf(element).contains(text)));
    }
}
