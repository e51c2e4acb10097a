package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In a real browser, each demo account signs in, sees its home view and menu, and signs out. */
class SignInJourneyIT extends BrowserJourney {

    SignInJourneyIT() {
        // The home views' pictures are named home-<username>.png.
        super("home-", "failed-");
    }

    @ParameterizedTest(name = "{0} signs in and sees {1}")
    @CsvSource(delimiter = '|', value = {
            "trainee | Welcome, Tara Trainee | Home,Course,Prune your network,My results,Join a workshop,Settings",
            "trainer | Welcome, Theo Trainer | Home,Course,Course catalogue,Course content,Live workshops,Results tracker,Settings",
            "manager | Welcome, Maya Manager | Home,Team reports,Learning records,Settings",
            "admin   | Welcome, Ada Admin    | Home,Course catalogue,Course content,Learning records,Administration,Settings"})
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
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(home(session).statusCode()).as("the browser's session cookie opens the home page").isEqualTo(200);

        browser.findElement(By.cssSelector("vaadin-button.sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        assertThat(browser.getCurrentUrl()).contains("/login");
        // The session has ended on the server, not only in the browser: its old cookie is sent to sign in.
        HttpResponse<String> afterSignOut = home(session);
        assertThat(afterSignOut.statusCode()).as("the old session cookie after sign-out").isBetween(300, 399);
        assertThat(afterSignOut.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    /** GETs "/" over plain HTTP with only this session cookie, following no redirect. */
    private HttpResponse<String> home(String session) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("Cookie", "JSESSIONID=" + session).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
