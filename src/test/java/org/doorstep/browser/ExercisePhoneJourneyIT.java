package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.TriageCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The exercise on a phone (390×844, a touch screen): a trainee triages twenty people of the sample network by
 * tapping alone, the page never scrolls sideways, the decisions and their confirmation stay in sight; the plan
 * shows names and first messages whole. Then the same triage on a 1366×900 desktop still has its list and keys.
 */
class ExercisePhoneJourneyIT extends BrowserJourney {

    private static final List<String> DECISIONS = List.of("Keep", "Weak tie", "Reach out", "Remove");
    private static final Map<String, Decision> DECIDED = Map.of("Keep", Decision.KEEP, "Weak tie", Decision.WEAK_TIE,
            "Reach out", Decision.REACH_OUT, "Remove", Decision.REMOVE);

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    ExerciseService exercise;

    private String trainee;

    ExercisePhoneJourneyIT() {
        super("", "failed-");
    }

    @BeforeEach
    void registerANewTrainee() {
        trainee = TestData.in(applicationContext).demoTrainee("thumb", "Thea Thumb").username();
    }

    @Test
    void a_trainee_triages_twenty_people_on_a_phone_by_tapping_alone_without_scrolling_sideways() throws IOException {
        open("/");
        becomeAPhone();
        signIn(trainee, TestSignIn.PASSWORD);
        open("/exercise");
        click(present(By.cssSelector("vaadin-button.use-sample")));
        WebElement card = present(By.cssSelector(".person-card"));
        wait.until(driver -> card.isDisplayed());
        int total = asTrainee(() -> exercise.counts().total());
        assertThat(present(By.cssSelector(".triage-workspace")).isDisplayed()).as("the desktop list").isFalse();
        assertThat(present(By.cssSelector(".keys-help")).isDisplayed()).as("keyboard help on a touch screen").isFalse();
        noSidewaysScroll();
        screenshot("exercise-phone-top");

        for (int i = 0; i < 20; i++) {
            String name = shownName();
            assertThat(textOf(present(By.cssSelector(".card-position")))).isEqualTo((i + 1) + " of " + total + " · " + i + " reviewed");
            // Every person gets a criterion or two tapped (one of them tapped off again), then a decision.
            Criterion criterion = Criterion.values()[i % 4];
            tapCriterion(criterion, true, name);
            if (i % 3 == 0) {
                tapCriterion(Criterion.values()[(i + 1) % 4], true, name);
                tapCriterion(Criterion.values()[(i + 1) % 4], false, name);
            }
            if (i == 2) {
                screenshot("exercise-phone");
            }
            String decision = DECISIONS.get(i % 4);
            click(buttonIn(card, decision));
            waitForSaved("Saved: decision for " + name + ".");
            wait.until(driver -> !shownName().equals(name));
            noSidewaysScroll();
            inSight(".card-decisions");
        }
        assertThat(textOf(present(By.cssSelector(".triage-progress")))).isEqualTo("20 of " + total + " reviewed");
        List<ConnectionRow> stored = asTrainee(() -> exercise.page(ConnectionFilter.ALL, 0, 20));
        for (int i = 0; i < 20; i++) {
            assertThat(stored.get(i).decision()).as(stored.get(i).name()).isEqualTo(DECIDED.get(DECISIONS.get(i % 4)));
            assertThat(stored.get(i).criteria()).as(stored.get(i).name()).containsExactly(Criterion.values()[i % 4]);
        }
        TriageCounts counts = asTrainee(() -> exercise.counts());
        assertThat(counts.reviewed()).isEqualTo(20);
        screenshot("exercise-phone-after-twenty");

        // Back by the previous button, then by a finger moving rightwards across the card, and forwards again.
        click(present(By.cssSelector(".card-previous")));
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".card-position"))).startsWith("20 of "));
        swipe(120);
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".card-position"))).startsWith("19 of "));
        swipe(-120);
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".card-position"))).startsWith("20 of "));
        assertThat(asTrainee(() -> exercise.counts().reviewed())).as("swiping decides nothing").isEqualTo(20);

        open("/exercise/plan");
        present(By.cssSelector("vaadin-grid.reach-out .first-message-text"));
        noSidewaysScroll();
        assertThat(cutNames()).as("names cut on the plan").isEmpty();
        WebElement message = present(By.cssSelector("vaadin-grid.reach-out .first-message-text"));
        assertThat(textOf(message)).endsWith("in the next couple of weeks?");
        screenshot("exercise-plan-phone");
        scrollIntoView(message);
        screenshot("exercise-plan-phone-reach-out");

        becomeADesktop();
        open("/exercise");
        WebElement grid = present(By.cssSelector(".triage-workspace vaadin-grid"));
        wait.until(driver -> grid.isDisplayed());
        assertThat(present(By.cssSelector(".person-card")).isDisplayed()).as("the phone's card on a desktop").isFalse();
        assertThat(present(By.cssSelector(".keys-help")).isDisplayed()).as("keyboard help with a keyboard").isTrue();
        screenshot("exercise-desktop");
        // The desktop's confirmation too is in sight without scrolling, however long the person's panel.
        String first = textOf(present(By.cssSelector(".connection-detail h3")));
        click(buttonIn(present(By.cssSelector(".connection-detail")), "Later (L)"));
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".connection-detail .saved-indicator")))
                .equals("Saved: decision for " + first + "."));
        inSight(".connection-detail .saved-indicator");
        click(present(By.cssSelector(".filter-box vaadin-details-summary")));
        screenshot("exercise-desktop-filters");
        open("/exercise/plan");
        scrollIntoView(present(By.cssSelector("vaadin-grid.reach-out .first-message-text")));
        screenshot("exercise-plan-desktop");
    }

    // --- the phone ---

    /** Neither the page nor the view is wider than the screen. */
    private void noSidewaysScroll() {
        Map<?, ?> widths = (Map<?, ?>) browser.executeScript("""
                const view = document.querySelector('.exercise-view, .plan-view');
                return {page: document.documentElement.scrollWidth, window: window.innerWidth,
                        view: view.scrollWidth, viewBox: view.clientWidth};""");
        assertThat(((Number) widths.get("page")).intValue()).as("page width").isLessThanOrEqualTo(((Number) widths.get("window")).intValue());
        assertThat(((Number) widths.get("view")).intValue()).as("view's content width")
                .isLessThanOrEqualTo(((Number) widths.get("viewBox")).intValue());
    }

    /** The element lies wholly within the window, without scrolling to it. */
    private void inSight(String selector) {
        Boolean visible = (Boolean) browser.executeScript("""
                const box = document.querySelector(arguments[0]).getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;""",
                selector);
        assertThat(visible).as(selector + " in sight").isTrue();
    }

    private void tapCriterion(Criterion criterion, boolean met, String name) {
        WebElement toggle = present(By.cssSelector(".person-card .card-criterion:nth-child(" + (criterion.ordinal() + 1) + ")"));
        Map<?, ?> size = (Map<?, ?>) browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {w: r.width, h: r.height};", toggle);
        assertThat(((Number) size.get("h")).doubleValue()).as("touch target height").isGreaterThanOrEqualTo(44);
        click(toggle);
        wait.until(driver -> String.valueOf(met).equals(toggle.getDomAttribute("aria-pressed")));
        waitForSaved("Saved: criteria for " + name + ".");
        inSight(".person-card .saved-indicator");
    }

    /** A one-finger horizontal swipe across the card's middle, as touch events (positive: rightwards). */
    private void swipe(int dx) {
        browser.executeScript("""
                const card = document.querySelector('.person-card .card-person');
                const box = card.getBoundingClientRect();
                const x = box.left + box.width / 2 - arguments[0] / 2, y = box.top + box.height / 2;
                const touch = (clientX) => new Touch({identifier: 1, target: card, clientX, clientY: y});
                card.dispatchEvent(new TouchEvent('touchstart', {bubbles: true, touches: [touch(x)], changedTouches: [touch(x)]}));
                card.dispatchEvent(new TouchEvent('touchend', {bubbles: true, touches: [], changedTouches: [touch(x + arguments[0])]}));""",
                dx);
    }

    private void waitForSaved(String text) {
        wait.until(driver -> textOf(driver.findElement(By.cssSelector(".person-card .saved-indicator"))).equals(text));
    }

    private String shownName() {
        return textOf(present(By.cssSelector(".person-card .card-name")));
    }

    /** Names in the plan's lists shown with an ellipsis or clipped. */
    @SuppressWarnings("unchecked")
    private List<String> cutNames() {
        return (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('vaadin-grid .person-name, vaadin-grid-cell-content')]
                    .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
                    .map(e => e.textContent.trim());""");
    }

    private <T> T asTrainee(java.util.function.Supplier<T> call) {
        TestSignIn.as(applicationContext, trainee);
        try {
            return call.get();
        } finally {
            TestSignIn.out(applicationContext);
        }
    }
}
