package org.doorstep.browser;

import org.doorstep.course.CourseService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.doorstep.TestSignIn;
import org.doorstep.course.CourseAuthoringService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser: a trainer edits a lesson in the form only (a scenario node's text, a step moved by keyboard),
 * at desktop and at phone width, and previews it in the phone-wide frame; the draft follows every change.
 */
class LessonFormJourneyIT extends BrowserJourney {

    private static final String LESSON = "stranger-at-the-door";

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    CourseAuthoringService authoring;

    LessonFormJourneyIT() {
        super("", "lesson-form-failed-", 1366, 900);
    }

    @AfterEach
    void discardTheDraft() {
        TestSignIn.as(applicationContext, "admin");
        try {
            authoring.discardDraft(CourseService.COURSE, LESSON);
        } finally {
            TestSignIn.out(applicationContext);
        }
    }

    @Test
    void a_trainer_edits_a_scenario_and_moves_a_step_in_the_form_at_desktop_and_phone_width() throws Exception {
        signIn("admin", "doorstep-demo");
        open("/course/authoring");
        present(By.cssSelector("vaadin-combo-box.lesson-chooser input")).sendKeys("The stranger at the door");
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && textOf(item).equals("The stranger at the door")).findFirst().orElse(null)));
        wait.until(visibilityOfElementLocated(By.cssSelector(".lesson-form .step-card")));
        screenshot("lesson-form-desktop");
        WebElement first = present(By.cssSelector(".step-card[data-step='picture-the-scene']"));
        click(first.findElement(By.cssSelector("vaadin-details.step-card-details > vaadin-details-summary")));
        WebElement markdown = wait.until(visibilityOfElementLocated(By.cssSelector(".step-card[data-step='picture-the-scene'] .markdown-preview")));
        scrollIntoView(first);
        assertThat(markdown.getRect().getX()).as("the preview beside the Markdown on a desktop")
                .isGreaterThan(first.findElement(By.cssSelector(".markdown-source")).getRect().getX() + 100);
        screenshot("lesson-form-reading-desktop");
        click(first.findElement(By.cssSelector("vaadin-details.step-card-details > vaadin-details-summary")));

        // The scenario's card, then its first node
        WebElement scenario = present(By.cssSelector(".step-card[data-step='doorbell']"));
        click(scenario.findElement(By.cssSelector("vaadin-details.step-card-details > vaadin-details-summary")));
        WebElement bell = wait.until(visibilityOfElementLocated(By.cssSelector(".scenario-node-form[data-node='bell'] > vaadin-details-summary")));
        click(bell);
        WebElement text = wait.until(visibilityOfElementLocated(
                By.cssSelector(".scenario-node-form[data-node='bell'] vaadin-text-area textarea")));
        text.sendKeys(Keys.END, " Edited in the form.");
        wait.until(driver -> authoring(source -> source.contains("Edited in the form.")));
        screenshot("lesson-form-scenario-desktop");

        // Keyboard: focus "Move down" of the first step and press Enter
        WebElement down = present(By.cssSelector(".step-card[data-step='picture-the-scene'] vaadin-button.move-down"));
        browser.executeScript("arguments[0].focus()", down);
        down.sendKeys(Keys.ENTER);
        wait.until(driver -> authoring(source -> source.indexOf("id: doorbell") < source.indexOf("id: picture-the-scene")));

        becomeAPhone();
        open("/course/authoring");
        present(By.cssSelector("vaadin-combo-box.lesson-chooser input")).sendKeys("The stranger at the door");
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && textOf(item).startsWith("The stranger at the door")).findFirst().orElse(null)));
        WebElement reading = wait.until(visibilityOfElementLocated(By.cssSelector(".step-card[data-step='picture-the-scene']")));
        click(reading.findElement(By.cssSelector("vaadin-details.step-card-details > vaadin-details-summary")));
        scrollIntoView(reading);
        screenshot("lesson-form-phone");
        pageFitsTheScreen();

        click(button("Preview"));
        WebElement dialog = wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-dialog.preview-dialog")));
        click(wait.until(driver -> dialog.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(radio -> textOf(radio).equals("Phone (390 px)")).findFirst().orElse(null)));
        wait.until(visibilityOfElementLocated(By.cssSelector(".preview-frame.preview-phone")));
        becomeADesktop();
        screenshot("lesson-preview-phone-frame");
        assertThat(((Number) browser.executeScript(
                "return document.querySelector('.preview-frame.preview-phone').getBoundingClientRect().width")).intValue())
                .isEqualTo(390);
    }

    /** Whether the lesson's saved draft satisfies the test (asked as the administrator, on this thread). */
    private boolean authoring(java.util.function.Predicate<String> draft) {
        TestSignIn.as(applicationContext, "admin");
        try {
            var source = authoring.source(CourseService.COURSE, LESSON);
            return source.draft() && draft.test(source.source());
        } finally {
            TestSignIn.out(applicationContext);
        }
    }
}
