package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.TestSignIn;
import org.doorstep.admin.UserAdministration;
import org.doorstep.security.DemoAccounts;
import org.doorstep.security.QueuedMail;
import org.doorstep.security.SelfServiceAccounts;
import org.doorstep.security.SelfServiceAccounts.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, self-service: a new trainee follows the verification link, changes the password on the
 * settings page (another session ends, this one goes on), gets a forgotten password back through the mailed
 * link, and after an administrator sets a password is held on the password change until choosing their own.
 */
class SelfServiceJourneyIT extends BrowserJourney {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String CHANGED = "a lantern by the canal lock";
    private static final String RECOVERED = "a heron on the weir at dawn";
    private static final String OWN = "a postbox painted bright red";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    SelfServiceJourneyIT() {
        super("self-service-", "failed-self-service-");
    }

    @Test
    void a_newcomer_who_registers_with_the_join_code_is_signed_in_at_once_and_a_taken_username_is_told_to_read_the_mail()
            throws Exception {
        String username = "newcomer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        register("Nia Newcomer", username, TestSignIn.PASSWORD);
        present(By.cssSelector(".home-view"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        screenshot("registered-and-signed-in");

        browser.manage().deleteAllCookies();
        // Someone else picks the same username (with a password of their own).
        register("Nia Copycat", username, OWN);
        // The form's error box is drawn from its i18n property, inside its shadow root.
        wait.until(driver -> "Please read the message we sent you".equals(browser.executeScript("""
                const form = document.querySelector('vaadin-login-form');
                return form && form.error ? form.i18n.errorMessage.title : null;""")));
    }

    /** Through the registration form with the demo cohort's join code, as a person would. */
    private void register(String name, String username, String password) {
        open("/register");
        List<WebElement> texts = wait.until(driver -> {
            List<WebElement> inputs = driver.findElements(By.cssSelector(".login-card vaadin-text-field input, "
                    + ".login-card vaadin-email-field input"));
            return inputs.size() == 4 ? inputs : null;
        });
        texts.get(0).sendKeys(name);
        texts.get(1).sendKeys(username);
        texts.get(2).sendKeys(username + "@example.com");
        texts.get(3).sendKeys(DemoAccounts.JOIN_CODE);
        List<WebElement> passwords = passwordFields(".login-card", 2);
        passwords.get(0).sendKeys(password);
        passwords.get(1).sendKeys(password);
        click(button("Create account"));
    }

    @Test
    void a_trainee_verifies_the_address_changes_the_password_recovers_a_forgotten_one_and_replaces_an_administrators() throws Exception {
        Person person = SelfServiceAccounts.registered(context, "journey");

        open(QueuedMail.of(jdbc, person.id(), "verify-email").getFirst().link().substring(("http://localhost:" + port).length()));
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".login-card"))).contains(person.email() + " is now the address of your account"));

        // The settings page: a new password ends the session on the other device, not this one.
        signIn(person.username(), TestSignIn.PASSWORD);
        String otherDevice = signInOverHttp(person.username(), TestSignIn.PASSWORD);
        open("/settings");
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".settings-view"))).contains("Mail goes to " + person.email()));
        screenshot("settings");
        List<WebElement> fields = passwordFields(".settings-section", 4);
        fields.get(0).sendKeys(TestSignIn.PASSWORD);
        fields.get(1).sendKeys(CHANGED);
        fields.get(2).sendKeys(CHANGED);
        click(button("Change password"));
        present(By.cssSelector("vaadin-notification-card"));
        assertThat(textOf(present(By.cssSelector("vaadin-notification-card")))).isEqualTo("Your password is changed. Your other sessions have ended.");
        assertThat(get("/", otherDevice).headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> textOf(item).equals("Home")).findFirst().orElse(null)));
        present(By.cssSelector(".home-view"));
        open("/settings");
        present(By.cssSelector(".settings-view"));

        // Forgot password: the link comes by mail and sets a new one.
        browser.manage().deleteAllCookies();
        open("/login");
        click(present(By.cssSelector(".forgot-password-link a")));
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".login-card"))).contains("Enter your username or the e-mail address"));
        assertThat(browser.getCurrentUrl()).endsWith("/forgot-password");
        WebElement name = present(By.cssSelector(".login-card vaadin-text-field input"));
        click(name);
        name.sendKeys(person.username(), Keys.TAB);
        click(button("Send link"));
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".login-card"))).contains("If an account with a verified address matches"));
        screenshot("forgot-password");
        browser.get(QueuedMail.of(jdbc, person.id(), "password-forgotten").getFirst().link());
        List<WebElement> chosen = passwordFields(".login-card", 2);
        chosen.get(0).sendKeys(RECOVERED);
        chosen.get(1).sendKeys(RECOVERED);
        click(button("Save password"));
        present(By.cssSelector("vaadin-login-form"));
        signIn(person.username(), RECOVERED);

        // An administrator sets a password: signing in with it leads to choosing one's own, and nowhere else.
        TestSignIn.as(context, "admin");
        context.getBean(UserAdministration.class).setPassword(person.id(), "the administrator's spare key");
        TestSignIn.out(context);
        browser.manage().deleteAllCookies();
        open("/");
        WebElement user = present(By.cssSelector("vaadin-login-form input[name='username']"));
        wait.until(driver -> user.isDisplayed());
        user.sendKeys(person.username());
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("the administrator's spare key", Keys.ENTER);
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".login-card"))).contains("An administrator chose your current password"));
        open("/course");
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".login-card"))).contains("An administrator chose your current password"));
        assertThat(browser.getCurrentUrl()).endsWith("/settings/password");
        screenshot("forced-change");
        List<WebElement> own = passwordFields(".login-card", 3);
        own.get(0).sendKeys("the administrator's spare key");
        own.get(1).sendKeys(OWN);
        own.get(2).sendKeys(OWN);
        click(button("Change password"));
        present(By.cssSelector(".home-view"));
        open("/course");
        present(By.cssSelector(".course-map"));
        assertThat(browser.getCurrentUrl()).endsWith("/course");
    }

    private List<WebElement> passwordFields(String within, int count) {
        return wait.until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(within + " vaadin-password-field input"));
            return found.size() >= count && found.get(0).isDisplayed() ? found : null;
        });
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signInOverHttp(String username, String password) throws Exception {
        String session = sessionId(get("/login", null));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        String signedIn = sessionId(response);
        assertThat(get("/", signedIn).statusCode()).isEqualTo(200);
        return signedIn;
    }

    private static String sessionId(HttpResponse<?> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        Matcher matcher = SESSION.matcher(cookie);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
