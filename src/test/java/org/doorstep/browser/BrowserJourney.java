package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The browser plumbing every journey shares: a headless Chromium against the app on a random port, opened
 * before and closed after each test, and the few ways the journeys look at and act on Vaadin's pages.
 *
 * <p>The Spring annotations live here, so every journey asks for the same context and Spring caches one for all.
 *
 * <p>Text is read as the elements' text content: Selenium's getText() answers "" for an element scrolled
 * out of the app layout's view.
 *
 * <p>Tagged so that Failsafe runs the journeys after the other integration tests, two at a time, each JVM with a
 * database and a context of its own (pom.xml). A journey that must run beside no other adds {@code @Tag("runs-alone")}
 * and runs with the integration tests, one at a time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser-journey")
abstract class BrowserJourney {

    /** The window every journey has used so far; a journey may ask for another. */
    protected static final int WIDTH = 1280;
    protected static final int HEIGHT = 900;
    protected static final int PHONE_WIDTH = 390;
    protected static final int PHONE_HEIGHT = 844;

    private static final Properties TRANSLATIONS = translations();

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    private final String screenshotPrefix;
    private final String failureScreenshotPrefix;
    private final int width;
    private final int height;

    /** A failed journey leaves a picture of where it stopped (set up in the constructor, which knows its prefix). */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure;

    /**
     * @param screenshotPrefix put before every screenshot's name (the journeys' existing file names differ)
     * @param failureScreenshotPrefix put before the failed test's name in the picture taken on failure
     */
    protected BrowserJourney(String screenshotPrefix, String failureScreenshotPrefix) {
        this(screenshotPrefix, failureScreenshotPrefix, WIDTH, HEIGHT);
    }

    protected BrowserJourney(String screenshotPrefix, String failureScreenshotPrefix, int width, int height) {
        this.screenshotPrefix = screenshotPrefix;
        this.failureScreenshotPrefix = failureScreenshotPrefix;
        this.width = width;
        this.height = height;
        this.screenshotOnFailure = context -> {
            if (context.getExecutionException().isPresent() && browser != null) {
                screenshot(failureScreenshotPrefix + context.getRequiredTestMethod().getName());
            }
        };
    }

    /** Runs before a subclass's own set-up, so a missing Chromium skips the journey before it stores anything. */
    @BeforeEach
    void openBrowser() throws Exception {
        Chromium.assumeInstalled();
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30), Chromium.POLL);
        // Vaadin replaces elements when it re-renders: a stale one is simply looked up again. A dialog's overlay
        // still fading out may cover a button for a moment: a covered click is tried again.
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class);
    }

    /** Every journey also proves that Vaadin works under the content security policy: nothing was refused. */
    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertThat(Chromium.policyViolations(browser)).as("content security policy violations").isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    /** A phone's screen and touch, emulated exactly: narrow, and no mouse to hover with. */
    protected void becomeAPhone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT,
                "deviceScaleFactor", 1, "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        // Vaadin's development-mode button (test pages only) sits over a phone's bottom row: hidden on every page.
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                new MutationObserver(() => document.querySelectorAll('copilot-main, vaadin-dev-tools')
                    .forEach(tool => tool.style.display = 'none')).observe(document, {childList: true, subtree: true});"""));
        browser.executeScript("document.querySelectorAll('copilot-main, vaadin-dev-tools').forEach(t => t.style.display = 'none');");
        wait.until(driver -> ((Number) browser.executeScript("return window.innerWidth")).intValue() == PHONE_WIDTH);
    }

    protected void becomeADesktop() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    /** The page is no wider than the screen: nothing to scroll sideways. */
    protected void pageFitsTheScreen() {
        Map<?, ?> widths = (Map<?, ?>) browser.executeScript(
                "return {page: document.documentElement.scrollWidth, window: window.innerWidth};");
        assertThat(((Number) widths.get("page")).intValue()).as("page width")
                .isLessThanOrEqualTo(((Number) widths.get("window")).intValue());
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Through the login form, as a person would; done once the home view shows. */
    protected void signIn(String username, String password) {
        open("/");
        // Visible, not just present: typing into a field that is not shown yet fails.
        WebElement user = wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        present(By.cssSelector(".home-view"));
    }

    protected WebElement present(By locator) {
        return wait.until(presenceOfElementLocated(locator));
    }

    /**
     * Scrolls the element to the middle first, so neither the app bar nor a notification covers it; a click that
     * something still covers is tried again until the wait ends.
     */
    protected void click(WebElement element) {
        wait.until(driver -> {
            scrollIntoView(element);
            element.click();
            return true;
        });
    }

    protected void scrollIntoView(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** As {@link #scrollIntoView(WebElement)}, finding the element again if Vaadin replaced it meanwhile. */
    protected void scrollIntoView(By locator) {
        wait.until(driver -> {
            scrollIntoView(driver.findElement(locator));
            return true;
        });
    }

    /** What the element shows as text, with the source's line breaks and indentation collapsed. */
    protected static String textOf(WebElement element) {
        return element.getDomProperty("textContent").replaceAll("\\s+", " ").strip();
    }

    protected static List<String> textsOf(List<WebElement> elements) {
        return elements.stream().map(BrowserJourney::textOf).toList();
    }

    /** The figure tiles of a list (base.ui.FigureTiles), each read as "label figure detail". */
    protected List<String> figureTiles(String list) {
        return browser.findElements(By.cssSelector(list + " .figure-tile")).stream()
                .map(tile -> String.join(" ", textsOf(tile.findElements(By.cssSelector("span"))))).toList();
    }

    /** The first button on the page that reads exactly this label. */
    protected WebElement button(String label) {
        return buttonIn(browser, label);
    }

    protected WebElement buttonIn(SearchContext scope, String label) {
        return wait.until(driver -> scope.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> textOf(button).equals(label)).findFirst().orElse(null));
    }

    /** Saves what the browser shows to target/screenshots, for a person to look at after the build. */
    protected void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(screenshotPrefix + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Each rendered row's cells in order, read through the grid's shadow DOM (cell contents are slotted in);
     * a triage person cell counts as the person's name.
     */
    @SuppressWarnings("unchecked")
    protected List<List<String>> gridRows(WebElement grid) {
        return (List<List<String>>) browser.executeScript("""
                const rows = [...arguments[0].shadowRoot.querySelectorAll('#items tr')]
                    .filter(tr => !tr.hidden && tr.index !== undefined && tr.index < arguments[0].size)
                    .sort((a, b) => a.index - b.index);
                return rows.map(tr => [...tr.querySelectorAll('td')].map(td => {
                    const slot = td.querySelector('slot');
                    const content = slot && slot.assignedElements()[0];
                    const text = content && (content.querySelector('.person-name') || content);
                    return text ? text.textContent.replace(/\\s+/g, ' ').trim() : '';
                }));""", grid);
    }

    /**
     * GETs a download link as the signed-in browser would, with its session cookie: a plain HTTP client,
     * since a browser download cannot be read back. Expects a CSV.
     */
    protected HttpResponse<String> fetchWithSession(String href) throws Exception {
        return fetchWithSession(href, "text/csv", HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The same for any download, read by the body handler given; expects its content type to start with this. */
    protected <T> HttpResponse<T> fetchWithSession(String href, String contentType, HttpResponse.BodyHandler<T> body)
            throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<T> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(30)).GET().build(), body);
        assertThat(response.statusCode()).as("GET %s", href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith(contentType));
        return response;
    }

    /**
     * A translated text as the app shows it. Vaadin fills translations in with MessageFormat, which also
     * swallows a lone apostrophe ("LinkedIn's" shows as "LinkedIns"), so the expectation goes the same way;
     * as Vaadin's translation provider does, a text without arguments is used as written.
     */
    protected static String english(String key, Object... arguments) {
        String template = TRANSLATIONS.getProperty(key);
        assertThat(template).as(key).isNotNull();
        return arguments.length == 0 ? template : new MessageFormat(template, Locale.ENGLISH).format(arguments);
    }

    private static Properties translations() {
        Properties translations = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource("vaadin-i18n/translations.properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            translations.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return translations;
    }

    /** The status line ("Completed", "In progress …") of a lesson's card on the course map. */
    protected String lessonStatus(String lessonTitle) {
        present(By.cssSelector(".course-map .lesson-card"));
        return browser.findElements(By.cssSelector(".course-map .lesson-card")).stream()
                .filter(card -> textOf(card.findElement(By.tagName("h3"))).equals(lessonTitle)).findFirst()
                .map(card -> textOf(card.findElement(By.cssSelector(".lesson-status"))))
                .orElseThrow(() -> new AssertionError("No card for " + lessonTitle));
    }
}
