package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** In a real browser, each demo account signs in, sees its home view and menu, and signs out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInJourneyIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        Chromium.assumeInstalled();
        browser = Chromium.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} signs in and sees {1}")
    @CsvSource(delimiter = '|', value = {
            "trainee | Welcome, Tara Trainee | Home,Course,Prune your network,My results,Join a workshop",
            "trainer | Welcome, Theo Trainer | Home,Course,Course content,Results tracker",
            "manager | Welcome, Maya Manager | Home,Team reports",
            "admin   | Welcome, Ada Admin    | Home,Course content,Administration"})
    void a_demo_account_signs_in_sees_its_home_view_and_signs_out(String username, String greeting, String menu)
            throws Exception {
        browser.get("http://localhost:" + port + "/");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("doorstep-demo", Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".home-view h2"), greeting));
        List<String> items = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        assertThat(items).containsExactly(menu.split(","));
        assertThat(browser.getTitle()).isEqualTo("Home");
        screenshot(username);

        browser.findElement(By.cssSelector("vaadin-button.sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve("home-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
