package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.doorstep.TestSignIn;
import org.doorstep.admin.UserAdministration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * In a real browser, administration: the administrator looks through its sections, invites a new trainer and
 * hands over the link; the trainer, signed out, opens it, chooses a password and signs in; once deactivated,
 * the trainer's open tab goes to the login view at its next click.
 */
// Links are shown to the administrator only without a mail server: none here, whatever the test profile provides.
@TestPropertySource(properties = "doorstep.mail.embedded=false")
class AdminJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "a harbour light in the fog";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    AdminJourneyIT() {
        super("admin-", "failed-admin-");
    }

    @Test
    void an_administrator_invites_a_trainer_assigns_a_team_sees_both_in_the_audit_log_and_the_trainer_chooses_a_password_signs_in_and_is_signed_out_when_deactivated() throws Exception {
        String username = "ivy-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("admin", "doorstep-demo");
        open("/admin");
        WebElement users = present(By.cssSelector(".admin-view vaadin-grid"));
        // Sorted by name, "Ada Admin" comes first however many accounts other tests have added.
        wait.until(driver -> gridRows(users).stream().anyMatch(row -> row.size() > 1 && row.get(1).equals("admin")));
        screenshot("users");

        click(button("New user"));
        type(present(By.id("new-user-name")), "Ivy Invited");
        type(present(By.id("new-user-username")), username);
        type(present(By.id("new-user-email")), username + "@example.com");
        // Trainee comes ticked (most new accounts are trainees): this one is a trainer instead.
        for (String role : List.of("Trainee", "Trainer")) {
            click(wait.until(driver -> driver.findElements(By.cssSelector("#new-user-roles vaadin-checkbox")).stream()
                    .filter(box -> textOf(box).equals(role)).findFirst().orElse(null)));
        }
        click(present(By.id("new-user-organisation")));
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> textOf(item).equals("Doorstep Demo Ltd")).findFirst().orElse(null)));
        screenshot("new-user");
        click(button("Create user"));
        WebElement linkField = present(By.cssSelector(".password-link vaadin-text-field"));
        String link = wait.until(driver -> linkField.getDomProperty("value").isEmpty() ? null : linkField.getDomProperty("value"));
        assertThat(link).startsWith("http://localhost:" + port + "/set-password?token=");
        screenshot("invitation");

        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        open("/admin/users/" + id);
        present(By.cssSelector(".admin-sections"));
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".admin-summary"))).startsWith(username + " · Doorstep Demo Ltd"));
        screenshot("user");
        assignToTeam("Sales");
        wait.until(driver -> jdbc.queryForObject("select count(*) from team_member m join team t on t.id = m.team_id "
                + "where m.user_id = ? and t.name = 'Sales'", Integer.class, id) == 1);
        scrollIntoView(By.cssSelector(".admin-sections > :last-child"));
        screenshot("user-data");

        open("/admin/audit");
        WebElement audit = present(By.cssSelector(".admin-view vaadin-grid"));
        wait.until(driver -> gridRows(audit).stream().anyMatch(row -> row.contains("User created") && row.contains(username)));
        wait.until(driver -> gridRows(audit).stream().anyMatch(row -> row.contains("Teams changed") && row.contains(username)));
        screenshot("audit");
        open("/admin/cohorts");
        WebElement cohorts = present(By.cssSelector(".admin-view vaadin-grid"));
        wait.until(driver -> gridRows(cohorts).stream().anyMatch(row -> row.contains("CUPPA742")));
        screenshot("cohorts");
        open("/admin/organisations");
        present(By.cssSelector(".admin-columns vaadin-grid"));
        screenshot("organisations");

        // The trainer, in a browser where nobody is signed in.
        browser.manage().deleteAllCookies();
        browser.get(link);
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".login-card"))).contains("Choose a password for Ivy Invited"));
        List<WebElement> fields = wait.until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".login-card vaadin-password-field input"));
            return found.size() == 2 ? found : null;
        });
        fields.get(0).sendKeys(PASSWORD);
        fields.get(1).sendKeys(PASSWORD);
        screenshot("set-password");
        click(button("Save password"));
        present(By.cssSelector("vaadin-login-form"));

        signIn(username, PASSWORD);
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".home-view h2"))).equals("Welcome, Ivy Invited"));
        assertThat(textsOf(browser.findElements(By.cssSelector("vaadin-side-nav-item")))).contains("Results tracker");

        // Deactivated by an administrator (elsewhere), the open tab lands on the login view: at once by push, or at
        // its next click should the push lose the race with the closing connection.
        TestSignIn.as(context, "admin");
        context.getBean(UserAdministration.class).deactivate(id);
        TestSignIn.out(context);
        wait.until(driver -> {
            if (!driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty()) {
                return true;
            }
            try {
                driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                        .filter(item -> textOf(item).equals("Results tracker")).findFirst().ifPresent(WebElement::click);
            } catch (org.openqa.selenium.WebDriverException goneMeanwhile) {
                // The page changed under the click: the next round looks again.
            }
            return false;
        });
        wait.until(driver -> driver.getCurrentUrl().endsWith("/login"));
    }

    /** Through the account page's "Member of" box, as a person picks from the list, then saves. */
    private void assignToTeam(String team) {
        WebElement box = present(By.id("user-member-of"));
        WebElement input = box.findElement(By.cssSelector("input"));
        click(input);
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(item -> textOf(item).equals(team)).findFirst().orElse(null)));
        input.sendKeys(Keys.ESCAPE);
        click(button("Save teams"));
    }

    private void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input"));
        click(input);
        input.sendKeys(text, Keys.TAB);
        wait.until(driver -> text.equals(field.getDomProperty("value")));
    }
}
