package org.doorstep.browser;

import java.io.File;
import java.time.Duration;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium for browser journeys. Where it is missing a local run skips the
 * journey and says so; on CI (CI=true) a missing browser fails, since CI always installs it.
 */
final class Chromium {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    /**
     * How often a wait looks again. WebDriverWait's default of 500 ms cost most waits (Vaadin answers a click in well
     * under that) a quarter of a second for nothing, some thousands of times per build.
     */
    static final Duration POLL = Duration.ofMillis(100);

    private Chromium() {
    }

    static void assumeInstalled() {
        boolean present = BROWSER.canExecute() && DRIVER.canExecute();
        if (!present) {
            String message = "Browser journey needs " + BROWSER + " and " + DRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": CI must install them");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
    }

    static ChromeDriver start(int width, int height) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // The console is kept, so a journey can tell whether the content security policy refused anything.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** What the browser's console said about the content security policy since last asked (one line each). */
    static List<String> policyViolations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }
}
