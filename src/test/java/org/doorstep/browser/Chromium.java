package org.doorstep.browser;

import java.io.File;
import java.time.Duration;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser journeys. Where it is missing a local run skips the
 * journey and says so; on CI (CI=true) a missing browser fails, since CI always installs it.
 */
final class Chromium {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

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
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
