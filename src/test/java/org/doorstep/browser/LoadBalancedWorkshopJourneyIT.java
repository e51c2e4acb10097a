package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.AnotherInstance;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.workshop.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A live workshop through a real load balancer: Debian's HAProxy with the production configuration
 * (docker/haproxy.cfg) in front of two Doorstep instances on one PostgreSQL. A trainer and three trainees
 * reach Doorstep only through HAProxy, which spreads them over both instances and keeps each on its own.
 * Then one instance stops: its people sign in again, land on the other, find their answer still there,
 * and the session goes on for everyone.
 */
// A second instance and HAProxy, one stopped mid-session: never beside another journey (pom.xml).
@Tag("runs-alone")
class LoadBalancedWorkshopJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    WorkshopService workshops;

    private TestData.TrainedCohort cohort;
    private String code;
    private ConfigurableApplicationContext app2;
    private Haproxy haproxy;
    private final List<Person> people = new ArrayList<>();

    LoadBalancedWorkshopJourneyIT() {
        super("load-balanced-", "load-balanced-failed-");
    }

    /** Runs after the base class's browser check, so a missing Chromium or HAProxy skips before anything starts. */
    @BeforeEach
    void twoInstancesBehindHaproxy() throws Exception {
        Haproxy.assumeInstalled();
        cohort = TestData.in(applicationContext).demoOrganisation().cohortWithNewTrainer();
        TestSignIn.as(applicationContext, cohort.trainer().username());
        code = workshops.schedule(cohort.id(), "four-criteria", Instant.now()).code();
        TestSignIn.out(applicationContext);
        haproxy = Haproxy.start(port, startApp2());
        haproxy.awaitServer("app1", "UP");
        haproxy.awaitServer("app2", "UP");
        // From here on the base class's open() and signIn() go through HAProxy, as every browser here does.
        port = haproxy.port;
    }

    /**
     * The test's own application is app1; app2 is a second Doorstep on a free port against the same database.
     * Command-line arguments, since they outrank application.properties (server.port=${PORT:8080}).
     */
    private int startApp2() {
        app2 = AnotherInstance.start(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"));
        return ((WebServerApplicationContext) app2).getWebServer().getPort();
    }

    @AfterEach
    void stopEverything() throws Exception {
        people.stream().map(Person::browser).filter(b -> b != browser).forEach(ChromeDriver::quit);
        if (haproxy != null) {
            haproxy.close();
        }
        stopApp2();
    }

    private void stopApp2() {
        if (app2 != null && app2.isActive()) {
            AnotherInstance.stop(app2);
        }
    }

    @Test
    void a_workshop_spread_over_two_instances_goes_on_when_one_stops_and_its_people_sign_in_again() throws Exception {
        Person trainer = new Person("trainer", cohort.trainer().username(), TestSignIn.PASSWORD, browser,
                "/workshop/" + code + "/present", ".presenter-stage");
        enter(trainer);
        people.add(trainer);
        for (String name : List.of("Ann Attentive", "Bob Bystander", "Cat Curious")) {
            Person trainee = new Person(name, cohort.trainee(name), TestSignIn.PASSWORD, Chromium.start(WIDTH, HEIGHT),
                    "/workshop/" + code, ".room-stage");
            people.add(trainee);
            enter(trainee);
        }
        List<Person> trainees = people.subList(1, people.size());
        assertThat(trainees.stream().map(this::instanceOf).collect(Collectors.toSet()))
                .as("instances the trainees are on").isEqualTo(Set.of("app1", "app2"));
        waitForText(browser, ".presenter-room", "3 people in the room");

        // On to the first quiz question; everyone answers it.
        click(present(By.id("presenter-next")));
        waitForText(browser, ".presenter-stage", "Step 2 of 15");
        click(present(By.id("presenter-next")));
        everyoneSees("Step 3 of 15");
        for (Person trainee : trainees) {
            vote(trainee, trainees.indexOf(trainee) == 0 ? 1 : 0);
        }
        waitForText(browser, ".presenter-answers", "3 of 3 in the room answered");
        screenshot("presenter-before-the-stop");

        List<Person> onApp2 = people.stream().filter(person -> instanceOf(person).equals("app2")).toList();
        stopApp2();
        haproxy.awaitServer("app2", "DOWN");
        screenshotOf(onApp2.getFirst(), "after-the-stop");
        for (Person person : onApp2) {
            enter(person);
            assertThat(instanceOf(person)).as(person.name + " after app2 stopped").isEqualTo("app1");
        }
        for (Person trainee : onApp2.stream().filter(person -> person != trainer).toList()) {
            assertThat(tickedChoices(trainee)).as(trainee.name + "'s saved answer").isEqualTo(List.of(
                    trainees.indexOf(trainee) == 0 ? 1 : 0));
            screenshotOf(trainee, "back-on-app1");
        }
        waitForText(browser, ".presenter-answers", "3 of 3 in the room answered");

        // The session goes on: the next step reaches everyone, all on app1 now.
        click(present(By.id("presenter-next")));
        everyoneSees("Step 4 of 15");
        waitForText(browser, ".presenter-room", "3 people in the room");
        screenshot("presenter-after-the-stop");
    }

    /**
     * Signs in through HAProxy (the login page comes first, as for anyone without a session) and opens the
     * person's screen; a trainee not in the session yet is forwarded to the join page, code filled in.
     */
    private void enter(Person person) {
        WebDriverWait wait = waitFor(person.browser);
        person.browser.get(haproxy.url(person.path));
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-login-form input[name='username']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).sendKeys(person.username);
        person.browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(person.password, Keys.ENTER);
        wait.until(driver -> shows(driver, ".home-view") || shows(driver, person.screen) || shows(driver, ".join-form"));
        if (shows(person.browser, ".home-view")) {
            person.browser.get(haproxy.url(person.path));
            wait.until(driver -> shows(driver, person.screen) || shows(driver, ".join-form"));
        }
        if (!shows(person.browser, person.screen)) {
            wait.until(driver -> driver.findElements(By.cssSelector(".join-form vaadin-button")).stream()
                    .filter(button -> textOf(button).equals(english("workshop.join.button"))).findFirst().orElse(null))
                    .click();
        }
        wait.until(driver -> shows(driver, person.screen));
    }

    private static boolean shows(org.openqa.selenium.WebDriver driver, String selector) {
        return !driver.findElements(By.cssSelector(selector)).isEmpty();
    }

    /** Which instance HAProxy keeps the browser on: its cookie names it. */
    private String instanceOf(Person person) {
        Cookie cookie = person.browser.manage().getCookieNamed("DOORSTEP_INSTANCE");
        assertThat(cookie).as(person.name + "'s instance cookie").isNotNull();
        return cookie.getValue();
    }

    private void everyoneSees(String step) {
        for (Person person : people) {
            waitForText(person.browser, person.screen, step);
        }
    }

    private void vote(Person trainee, int option) {
        WebElement choice = waitFor(trainee.browser).until(driver -> {
            List<WebElement> options = driver.findElements(By.cssSelector(".room-vote vaadin-checkbox"));
            return options.size() > option ? options.get(option) : null;
        });
        trainee.browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
        choice.findElement(By.cssSelector("label")).click();
        trainee.browser.findElement(By.cssSelector(".room-send-vote")).click();
        waitForText(trainee.browser, ".room-status", "Saved.");
    }

    /** The positions of the ticked choices of the poll on the trainee's screen. */
    private List<Integer> tickedChoices(Person trainee) {
        List<WebElement> options = waitFor(trainee.browser).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".room-vote vaadin-checkbox"));
            return found.isEmpty() ? null : found;
        });
        List<Integer> ticked = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getDomAttribute("checked") != null) {
                ticked.add(i);
            }
        }
        return ticked;
    }

    private record Person(String name, String username, String password, ChromeDriver browser, String path,
            String screen) {
    }

    private static void screenshotOf(Person person, String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        String who = person.name.toLowerCase().replace(' ', '-');
        Files.write(folder.resolve("load-balanced-" + who + "-" + name + ".png"),
                person.browser.getScreenshotAs(OutputType.BYTES));
    }

    private static WebDriverWait waitFor(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Chromium.POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void waitForText(ChromeDriver driver, String selector, String text) {
        waitFor(driver).until(d -> d.findElements(By.cssSelector(selector)).stream()
                .anyMatch(element -> textOf(element).contains(text)));
    }
}
