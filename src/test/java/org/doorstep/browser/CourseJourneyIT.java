package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.doorstep.TestData;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.CourseService;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.doorstep.course.internal.ContentReader;
import org.doorstep.security.AccountService;
import org.doorstep.security.internal.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.doorstep.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * In a real browser: a new trainee plays the whole shipped course, leaving a scenario half-way and
 * resuming it from the course map; a content editor (the administrator) edits a quiz question, previews it and
 * publishes it.
 *
 * <p>Text is read as the elements' text content: Selenium's getText() answers "" for an element
 * scrolled out of the app layout's view, and the player keeps the scroll position between steps.
 */
class CourseJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext applicationContext;

    private static final String TRAINEE_PASSWORD = TestSignIn.PASSWORD;
    private static final String SHIPPED = "courses/doorstep/";
    /** The trainee leaves this lesson's first scenario after one choice. */
    private static final String LEFT_MID_SCENARIO = "stranger-at-the-door";
    /** The trainer edits this lesson. */
    private static final String EDITED_LESSON = "four-criteria";

    @Autowired
    AccountService accounts;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    UserAccountRepository users;

    private String trainee;
    /** The edited lesson's live text before the trainer changed it; null until the trainer opened it. */
    private String liveTextBeforeEdit;

    CourseJourneyIT() {
        super("", "course-failed-");
    }

    @BeforeEach
    void registerANewTrainee() {
        // A trainee of our own, so progress starts empty whatever other tests did.
        trainee = TestData.in(applicationContext).demoTrainee("journey", "Jo Journey").username();
    }

    /** Publishes the text that was live before the trainer's edit again, so other tests see the shipped course. */
    @AfterEach
    void restoreEditedLesson() {
        if (liveTextBeforeEdit == null) {
            return;
        }
        TestSignIn.as(applicationContext, "admin");
        try {
            authoring.discardDraft(CourseService.COURSE, EDITED_LESSON);
            if (!authoring.source(CourseService.COURSE, EDITED_LESSON).source().equals(liveTextBeforeEdit)) {
                authoring.publish(CourseService.COURSE, EDITED_LESSON, liveTextBeforeEdit);
            }
        } finally {
            TestSignIn.out(applicationContext);
        }
    }

    @Test
    void a_trainee_on_a_phone_takes_the_whole_course_by_touch_and_resumes_a_scenario_where_they_left_it()
            throws Exception {
        // A phone's 390×844 with touch: every step is read and answered by tapping, never scrolling sideways.
        signIn(trainee, TRAINEE_PASSWORD);
        becomeAPhone();
        open("/course");
        List<Lesson> lessons = shippedLessons();

        for (Lesson lesson : lessons) {
            startFromResumeButton(lesson);
            for (int index = 0; index < lesson.steps().size(); index++) {
                Step step = lesson.steps().get(index);
                waitForStep(lesson, step);
                pageFitsTheScreen();
                switch (step) {
                    case Step.Reading reading -> {
                        // read by moving on from it
                    }
                    case Step.Scenario scenario when lesson.slug().equals(LEFT_MID_SCENARIO)
                            && scenario.equals(firstScenario(lesson)) -> chooseLeaveAndResume(lesson, scenario);
                    case Step.Scenario scenario -> playToAnEnding();
                    case Step.Quiz quiz -> passQuiz(quiz);
                    case Step.Reflection reflection -> reflect("Fewer strangers, more people I actually know.");
                    // done when shown; the trainee is not sent off to the exercise or the results
                    case Step.Link link -> assertThat(textOf(present(By.cssSelector(".link-step vaadin-button"))))
                            .isEqualTo(link.label());
                }
                moveOn(lesson, index);
            }
            assertThat(lessonStatus(lesson.title())).isEqualTo("Completed");
        }

        assertThat(browser.findElements(By.cssSelector(".lesson-status"))).extracting(CourseJourneyIT::textOf)
                .hasSize(lessons.size()).containsOnly("Completed");
        assertThat(browser.findElements(By.cssSelector("vaadin-button.resume"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".course-map > p"))).extracting(CourseJourneyIT::textOf)
                .contains("You have completed every lesson. Revisit any of them below.");
        screenshot("course-map-completed-phone");
    }

    @Test
    void a_trainee_plays_the_stranger_at_the_door_by_keyboard_alone_with_tab_and_enter() throws Exception {
        signIn(trainee, TRAINEE_PASSWORD);
        Lesson lesson = shippedLessons().stream().filter(l -> l.slug().equals("stranger-at-the-door")).findFirst()
                .orElseThrow();
        open("/course/" + lesson.slug());
        waitForTextStarting(By.cssSelector(".lesson-header h2"), lesson.title());
        byKeyboard = true;
        for (int index = 0; index < lesson.steps().size(); index++) {
            Step step = lesson.steps().get(index);
            waitForStep(lesson, step);
            if (step instanceof Step.Scenario) {
                playToAnEnding();
            }
            moveOn(lesson, index);
        }
        assertThat(lessonStatus(lesson.title())).isEqualTo("Completed");
    }

    /** Set by a journey that uses no mouse: every press is reached with Tab and made with Enter. */
    private boolean byKeyboard;

    @Override
    protected void click(WebElement element) {
        if (!byKeyboard) {
            super.click(element);
            return;
        }
        for (int presses = 0; !focused(element); presses++) {
            assertThat(presses).as("Tab presses to reach '%s'", textOf(element)).isLessThan(80);
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser).sendKeys(Keys.ENTER).perform();
    }

    private boolean focused(WebElement element) {
        return Boolean.TRUE.equals(browser.executeScript(
                "const active = document.activeElement; return active === arguments[0] || arguments[0].contains(active);",
                element));
    }

    @Test
    void a_content_editor_changes_a_quiz_question_previews_it_and_publishes_it() throws Exception {
        signIn("admin", "doorstep-demo");
        open("/course/authoring");
        chooseLesson("The four criteria");
        By status = By.cssSelector(".authoring-status");
        waitForTextStarting(status, "Published text of course version");
        int liveVersion = Integer.parseInt(textOf(present(status)).replaceAll("\\D", ""));
        WebElement editor = present(By.cssSelector(".yaml-editor textarea"));
        liveTextBeforeEdit = editor.getDomProperty("value");

        Step.Quiz quiz = firstQuiz(ContentReader.lesson("lessons/" + EDITED_LESSON + ".yaml", liveTextBeforeEdit));
        String openingWords = quiz.items().getFirst().prompt().substring(0, 25);
        String marker = "Edited " + UUID.randomUUID().toString().substring(0, 6);
        typeBefore(editor, openingWords, marker + " ");
        waitForTextStarting(status, "Draft saved.");

        clickButton("Preview");
        By preview = By.cssSelector("vaadin-dialog.preview-dialog");
        WebElement dialog = wait.until(visibilityOfElementLocated(preview));
        click(buttonIn(dialog, ".step-list-item", quiz.title()));
        waitForTextStarting(By.cssSelector(".preview-dialog .step-title"), quiz.title());
        assertThat(textOf(dialog.findElement(By.cssSelector(".quiz-prompt"))))
                .startsWith("1. " + marker + " " + openingWords);
        screenshot("course-preview-dialog");
        click(dialog.findElement(By.cssSelector("[slot='header-content'] vaadin-button"))); // the close (X) button
        wait.until(invisibilityOfElementLocated(preview));

        clickButton("Publish");
        WebElement confirm = wait.until(visibilityOfElementLocated(
                By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        assertThat(textOf(confirm)).isEqualTo("Publish");
        click(confirm);
        waitForTextStarting(status, "Published text of course version " + (liveVersion + 1) + ".");
        assertThat(present(By.cssSelector(".yaml-editor textarea")).getDomProperty("value"))
                .contains(marker + " " + openingWords);
    }

    // --- the trainee's moves ---

    private void startFromResumeButton(Lesson lesson) {
        WebElement resume = present(By.cssSelector("vaadin-button.resume"));
        assertThat(textOf(resume)).endsWith(": " + lesson.title());
        click(resume);
        waitForTextStarting(By.cssSelector(".lesson-header h2"), lesson.title());
    }

    /** Waits until the player shows this step: its position line and its title. */
    private void waitForStep(Lesson lesson, Step step) {
        int index = lesson.steps().indexOf(step);
        waitForTextStarting(By.cssSelector(".step-position"), "Step " + (index + 1) + " of " + lesson.steps().size());
        waitForTextStarting(By.cssSelector(".step-title"), step.title());
    }

    /** Next, or on the last step "Finish lesson", which leads back to the course map. */
    private void moveOn(Lesson lesson, int index) {
        WebElement next = present(By.cssSelector("vaadin-button.next-step"));
        boolean last = index == lesson.steps().size() - 1;
        assertThat(textOf(next)).isEqualTo(last ? "Finish lesson" : "Next");
        click(next);
        if (last) {
            wait.until(stalenessOf(next));
            present(By.cssSelector(".course-map .lesson-status"));
        }
    }

    /** One choice, then away to the course map and back through its resume button: the same point shows. */
    private void chooseLeaveAndResume(Lesson lesson, Step.Scenario scenario) throws IOException {
        chooseFirst();
        String feedback = textOf(present(By.cssSelector(".choice-feedback")));
        List<String> choices = choiceLabels();
        assertThat(choices).isNotEmpty();

        open("/course");
        assertThat(lessonStatus(lesson.title())).startsWith("In progress");
        startFromResumeButton(lesson);
        waitForStep(lesson, scenario);
        assertThat(textOf(present(By.cssSelector(".choice-feedback")))).isEqualTo(feedback);
        assertThat(choiceLabels()).isEqualTo(choices);
        screenshot("course-scenario-resumed");
        playToAnEnding();
    }

    /** Always takes the first choice (which, in the shipped scenarios, leads to an ending). */
    private void playToAnEnding() {
        for (int guard = 0; guard < 30 && browser.findElements(By.cssSelector(".scenario-ending")).isEmpty(); guard++) {
            chooseFirst();
        }
        assertThat(textOf(present(By.cssSelector(".scenario-ending")))).isNotBlank();
        assertThat(textOf(present(By.cssSelector(".scenario-score")))).startsWith("You scored");
    }

    /** Clicks the first choice and waits for the scenario to show what follows from it. */
    private void chooseFirst() {
        WebElement choice = present(By.cssSelector("vaadin-button.scenario-choice"));
        click(choice);
        wait.until(stalenessOf(choice));
        present(By.cssSelector(".choice-feedback"));
    }

    private List<String> choiceLabels() {
        present(By.cssSelector("vaadin-button.scenario-choice"));
        return browser.findElements(By.cssSelector("vaadin-button.scenario-choice")).stream()
                .map(CourseJourneyIT::textOf).toList();
    }

    /**
     * One question at a time: ticks exactly the right options (from the shipped content), clicking each option's
     * label as a person would, moves on with "Next question", then checks; the result comes first, and every option
     * of the question shown is marked.
     */
    private void passQuiz(Step.Quiz quiz) {
        int count = quiz.items().size();
        for (int n = 0; n < count; n++) {
            Step.QuizItem item = quiz.items().get(n);
            waitForTextStarting(By.cssSelector(".quiz .quiz-position"), "Question " + (n + 1) + " of " + count);
            assertThat(textOf(present(By.cssSelector(".quiz .quiz-prompt")))).isEqualTo((n + 1) + ". " + item.prompt());
            String kind = item.multiple() ? "vaadin-checkbox" : "vaadin-radio-button";
            item.options().stream().filter(Step.QuizOption::correct).forEach(option -> tick(kind, option.text()));
            if (n < count - 1) {
                click(present(By.cssSelector("vaadin-button.quiz-next")));
            }
        }
        click(present(By.cssSelector("vaadin-button.quiz-check")));
        waitForTextStarting(By.cssSelector(".quiz-result .quiz-passed"), "You scored 100% and passed");
        Step.QuizItem shown = quiz.items().getFirst();
        List<WebElement> rows = browser.findElements(By.cssSelector(".quiz-option-row"));
        assertThat(rows).hasSize(shown.options().size());
        for (int o = 0; o < rows.size(); o++) {
            assertThat(textOf(rows.get(o))).startsWith(shown.options().get(o).correct() ? "✓" : "✗");
        }
    }

    /** Clicks the option's label, as a person would, and waits until its box is ticked. */
    private void tick(String kind, String label) {
        WebElement option = browser.findElements(By.cssSelector(".quiz-options " + kind)).stream()
                .filter(candidate -> textOf(candidate).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No option '" + label + "'"));
        click(option.findElement(By.cssSelector("label")));
        WebElement box = option.findElement(By.cssSelector("input"));
        wait.until(driver -> box.isSelected());
    }

    /** Types an answer and waits for the save that follows a short pause. */
    private void reflect(String answer) {
        WebElement textArea = present(By.cssSelector(".reflection vaadin-text-area textarea"));
        click(textArea);
        textArea.sendKeys(answer);
        waitForTextStarting(By.cssSelector(".reflection .saved-indicator"), "Saved.");
    }


    // --- the trainer's moves ---

    /** Types the title into the lesson combo box and clicks the matching item in its list. */
    private void chooseLesson(String title) {
        present(By.cssSelector("vaadin-combo-box.lesson-chooser input")).sendKeys(title);
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && textOf(item).equals(title)).findFirst().orElse(null)));
        // The lesson opens as a form; this journey edits the text on the YAML tab.
        click(wait.until(driver -> driver.findElements(By.cssSelector(".authoring-editor-tabs vaadin-tab")).stream()
                .filter(tab -> textOf(tab).equals("YAML (for power users)")).findFirst().orElse(null)));
        wait.until(visibilityOfElementLocated(By.cssSelector(".yaml-editor textarea")));
    }

    /** Puts the caret before the given words in the text area and types there, as an author would. */
    private void typeBefore(WebElement textArea, String words, String typed) {
        int at = textArea.getDomProperty("value").indexOf(words);
        assertThat(at).as("'%s' in the lesson text", words).isNotNegative();
        browser.executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);",
                textArea, at);
        textArea.sendKeys(typed); // an element that has focus keeps its caret where it is
        assertThat(textArea.getDomProperty("value")).contains(typed + words);
    }

    private WebElement buttonIn(SearchContext scope, String css, String label) {
        return wait.until(driver -> scope.findElements(By.cssSelector(css)).stream()
                .filter(button -> textOf(button).equals(label)).findFirst().orElse(null));
    }

    private void clickButton(String label) {
        click(button(label));
    }

    /** Waits until an element's text content starts with the given text. */
    private void waitForTextStarting(By locator, String start) {
        wait.until(driver -> textOf(driver.findElement(locator)).startsWith(start));
    }

    // --- the shipped content: titles, labels and right answers ---

    private static List<Lesson> shippedLessons() {
        List<String> slugs = ContentReader.course("course.yaml", read(SHIPPED + "course.yaml")).lessons();
        return slugs.stream().map(slug -> ContentReader.lesson("lessons/" + slug + ".yaml",
                read(SHIPPED + "lessons/" + slug + ".yaml"))).toList();
    }

    private static String read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    private static Step.Scenario firstScenario(Lesson lesson) {
        return lesson.steps().stream().filter(Step.Scenario.class::isInstance).map(Step.Scenario.class::cast)
                .findFirst().orElseThrow();
    }

    private static Step.Quiz firstQuiz(Lesson lesson) {
        return lesson.steps().stream().filter(Step.Quiz.class::isInstance).map(Step.Quiz.class::cast)
                .findFirst().orElseThrow();
    }
}
