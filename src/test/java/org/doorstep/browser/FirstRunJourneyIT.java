package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.AnotherInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, the first run of a production Doorstep: started by the test against a fresh PostgreSQL
 * database (on the tests' server, without demo data) with DOORSTEP_ADMIN_EMAIL and an SMTP server of the
 * test's own. The administrator follows the mailed link, chooses a password, signs in and invites a trainer by
 * e-mail; the trainer follows their mailed link, chooses a password and signs in.
 */
class FirstRunJourneyIT extends BrowserJourney {

    private static final String ADMIN_EMAIL = "ada.first@example.com";
    private static final String ADMIN_USERNAME = "ada";
    private static final String ADMIN_PASSWORD = "a harbour light in the fog";
    private static final String TRAINER_NAME = "Tara Trainer";
    private static final String TRAINER_USERNAME = "tara";
    private static final String TRAINER_EMAIL = "tara.trainer@example.com";
    private static final String TRAINER_PASSWORD = "a kettle singing on the hob";
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate postgres;

    private final String database = "first_run_" + System.nanoTime();
    private GreenMail smtp;
    private ConfigurableApplicationContext doorstep;
    private int doorstepPort;

    FirstRunJourneyIT() {
        super("first-run-", "first-run-failed-", 1366, 900);
    }

    /** A database nobody has used, an SMTP server, and Doorstep started on them as production starts it. */
    @BeforeEach
    void aFreshDoorstepWithAnAdministratorAddressAndAMailServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        postgres.execute("create database " + database);
        doorstepPort = freePort();
        String url = environment.getProperty("spring.datasource.url").replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        assertThat(url).contains("/" + database);
        // Command-line arguments, as an operator's environment variables would be: no test profile, no embedded parts.
        String[] arguments = {
                "--server.port=" + doorstepPort,
                "--doorstep.public-url=http://localhost:" + doorstepPort,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--doorstep.demo-data=false",
                "--doorstep.admin.email=" + ADMIN_EMAIL,
                "--doorstep.admin.username=" + ADMIN_USERNAME,
                "--doorstep.mail.embedded=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--doorstep.mail.poll-interval=1s",
                "--spring.main.banner-mode=off",
                // Dev mode, but without the dev tools' badge and popup over the screenshots.
                "--vaadin.devmode.devTools.enabled=false"};
        doorstep = AnotherInstance.start(List.of(), arguments);
    }

    @AfterEach
    void stopDoorstepAndDropItsDatabase() {
        if (doorstep != null) {
            AnotherInstance.stop(doorstep);
        }
        if (smtp != null) {
            smtp.stop();
        }
        postgres.execute("drop database if exists " + database + " with (force)");
    }

    @Test
    void the_first_administrator_follows_the_mailed_link_signs_in_and_invites_a_trainer_who_follows_their_mailed_link_and_signs_in()
            throws Exception {
        assertThat(doorstep.getEnvironment().getActiveProfiles()).isEmpty();
        JdbcTemplate jdbc = doorstep.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(database);
        assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly(ADMIN_USERNAME);

        // The administrator's mail.
        MimeMessage adminMail = mailTo(ADMIN_EMAIL);
        assertThat(adminMail.getSubject()).isEqualTo("You are the first administrator of Doorstep");
        String adminText = plainText(adminMail);
        assertThat(adminText).startsWith("Hello Administrator,\r\n\r\nDoorstep started for the first time and made you its"
                + " administrator (username ada).");
        String adminLink = linkIn(adminText);

        browser.get(adminLink);
        waitForCardText("Choose a password for Administrator (username ada).");
        screenshot("set-password");
        phoneScreenshot("set-password-phone");
        choosePassword(ADMIN_PASSWORD);
        screenshot("set-password-done");

        signIn(ADMIN_USERNAME, ADMIN_PASSWORD);
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".home-view h2"))).equals("Welcome, Administrator"));
        assertThat(textOf(browser.findElement(By.cssSelector(".home-view p")))).isEqualTo("Look after users, teams and cohorts.");
        screenshot("admin-home");
        click(navItem("Administration"));
        WebElement users = present(By.cssSelector(".admin-view vaadin-grid"));
        wait.until(driver -> gridRows(users).stream().anyMatch(row -> row.contains(ADMIN_USERNAME)));
        screenshot("administration");

        // It reached the administrator's mailbox, so the address is proven; and the link is spent.
        assertThat(jdbc.queryForObject("select email_verified_at is not null from app_user where username = ?", Boolean.class,
                ADMIN_USERNAME)).isTrue();
        long adminId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, ADMIN_USERNAME);
        open("/admin/users/" + adminId);
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".admin-sections"))).contains("The address is verified."));
        screenshot("admin-account");
        browser.get(adminLink);
        waitForCardText("This link does not work: it was used already");
        assertThat(browser.findElements(By.cssSelector(".login-card vaadin-password-field"))).isEmpty();
        screenshot("link-used");

        // The trainer, invited by mail.
        open("/admin");
        click(button("New user"));
        type(present(By.id("new-user-name")), TRAINER_NAME);
        type(present(By.id("new-user-username")), TRAINER_USERNAME);
        type(present(By.id("new-user-email")), TRAINER_EMAIL);
        // Trainee comes ticked (most new accounts are trainees): this one is a trainer instead.
        for (String role : List.of("Trainee", "Trainer")) {
            click(wait.until(driver -> driver.findElements(By.cssSelector("#new-user-roles vaadin-checkbox")).stream()
                    .filter(box -> textOf(box).equals(role)).findFirst().orElse(null)));
        }
        // The only organisation, made for the first administrator, is chosen already.
        assertThat(textOf(present(By.cssSelector("#new-user-organisation vaadin-select-value-button")))).isEqualTo("Doorstep");
        assertThat(textOf(browser.findElement(By.cssSelector(".admin-view")))).contains(english("admin.new.access.help.mail"))
                .contains(english("admin.new.teams.none"));
        scrollToTop();
        screenshot("new-user");
        phoneScreenshot("new-user-phone");
        click(button("Create user"));
        WebElement sent = present(By.cssSelector(".password-link"));
        wait.until(driver -> textOf(sent).startsWith("The link went by mail to t…@example.com."));
        assertThat(sent.findElements(By.cssSelector("vaadin-text-field"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("set-password?token=");
        screenshot("invited");
        phoneScreenshot("invited-phone");

        MimeMessage invitation = mailTo(TRAINER_EMAIL);
        assertThat(invitation.getSubject()).isEqualTo("Your Doorstep account is ready");
        String invitationText = plainText(invitation);
        assertThat(invitationText).startsWith("Hello Tara Trainer,\r\n\r\nan administrator created a Doorstep account for you"
                + " (username tara).");
        String trainerLink = linkIn(invitationText);
        assertThat(browser.getPageSource()).doesNotContain(trainerLink.substring(trainerLink.indexOf("token=") + 6));

        click(present(By.cssSelector("vaadin-button.sign-out")));
        present(By.cssSelector("vaadin-login-form"));
        browser.get(trainerLink);
        waitForCardText("Choose a password for Tara Trainer (username tara).");
        screenshot("trainer-set-password");
        choosePassword(TRAINER_PASSWORD);
        signIn(TRAINER_USERNAME, TRAINER_PASSWORD);
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".home-view h2"))).equals("Welcome, Tara Trainer"));
        assertThat(textOf(browser.findElement(By.cssSelector(".home-view p")))).isEqualTo("Run workshops and follow your trainees' results.");
        assertThat(textsOf(browser.findElements(By.cssSelector("vaadin-side-nav-item")))).contains("Live workshops", "Results tracker")
                .doesNotContain("Administration");
        screenshot("trainer-home");
        assertThat(jdbc.queryForObject("select email_verified_at is not null from app_user where username = ?", Boolean.class,
                TRAINER_USERNAME)).isTrue();
    }

    /** Every page, the sign-in included, comes from the instance started here, not from the test context's. */
    @Override
    protected void open(String path) {
        browser.get("http://localhost:" + doorstepPort + path);
    }

    /** The one mail to this address, once the instance's outbox worker has delivered it. */
    private MimeMessage mailTo(String address) {
        return wait.until(driver -> {
            List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> addressedTo(message, address)).toList();
            assertThat(received).hasSizeLessThanOrEqualTo(1);
            return received.isEmpty() ? null : received.getFirst();
        });
    }

    private String linkIn(String text) {
        Matcher link = Pattern.compile("http://localhost:" + doorstepPort + "/set-password\\?token=[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(link.find()).as("a set-password link in: " + text).isTrue();
        return link.group();
    }

    private void waitForCardText(String text) {
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".login-card"))).contains(text));
    }

    /** On the set-password page: the password twice, saved, and the sign-in page follows. */
    private void choosePassword(String password) {
        List<WebElement> fields = wait.until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".login-card vaadin-password-field input"));
            return found.size() == 2 && found.get(0).isDisplayed() ? found : null;
        });
        fields.get(0).sendKeys(password);
        fields.get(1).sendKeys(password);
        click(button("Save password"));
        wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
    }

    private WebElement navItem(String label) {
        return wait.until(driver -> driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> textOf(item).equals(label)).findFirst().orElse(null));
    }

    /** The same page on a phone's screen (its viewport emulated exactly), then back to the desktop window. */
    private void phoneScreenshot(String name) throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT,
                "deviceScaleFactor", 1, "mobile", true));
        wait.until(driver -> viewportWidth() == PHONE_WIDTH);
        screenshot(name);
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        wait.until(driver -> viewportWidth() > PHONE_WIDTH);
    }

    private int viewportWidth() {
        return ((Number) browser.executeScript("return window.innerWidth")).intValue();
    }

    /** Filling the form in scrolled it: back to its top, for the picture. */
    private void scrollToTop() {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", present(By.cssSelector(".admin-view > :first-child")));
    }

    private void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input"));
        click(input);
        input.sendKeys(text, Keys.TAB);
        wait.until(driver -> text.equals(field.getDomProperty("value")));
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String plainText(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType("text/plain") ? part.getContent().toString() : null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
