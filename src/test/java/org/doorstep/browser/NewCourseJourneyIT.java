package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.course.CourseAuthoringService;
import org.doorstep.course.Lesson;
import org.doorstep.course.Step;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, issue 17 end to end: a content editor (the administrator) creates a blank course in the
 * catalogue, adds two lessons in its outline, builds a branching scenario in the first and a quiz in the second with
 * the forms only (the YAML tab is never opened), previews the scenario lesson in the phone-wide frame, publishes the
 * course (audited) and gives it to a cohort; a trainee of that cohort finds the course on a phone, plays the scenario
 * to an ending and passes the quiz, and both lessons show complete.
 *
 * <p>Fields are found by their labels (from the translation bundle) within the card, node or option they belong to;
 * what the form saved is read back from the lesson's draft, parsed, not from its YAML text.
 */
class NewCourseJourneyIT extends BrowserJourney {

    private static final Path SHOTS = Path.of("target", "journey-shots");
    private static final String EDITOR = "admin";
    private static final String EDITOR_PASSWORD = "doorstep-demo";

    private static final String SCENARIO_LESSON = "Opening the door";
    private static final String QUIZ_LESSON = "Check before you open";
    private static final String READING = "Most people who ring your doorbell mean well. This lesson shows how to meet them kindly and safely.";
    private static final String SCENARIO = "A stranger at the door";
    private static final String START = "The doorbell rings. A woman you have never met says she has come to read your meter.";
    private static final String GOOD_CHOICE = "Ask for her card and call the company on the number from your bill";
    private static final String BAD_CHOICE = "Let her in at once";
    private static final String GOOD_ENDING = "She waits on the step while you call; the company confirms her visit.";
    private static final String BAD_ENDING = "She leaves quickly, and you never find out who she was.";
    private static final String QUIZ = "Before you open";
    private static final String QUESTION = "A caller says they are from the water company. What do you do first?";
    private static final String RIGHT = "Check their card and call the company on a number you already have";
    private static final String WRONG = "Open the door wide and let them in";
    private static final String QUESTION_FEEDBACK = "You decide whom to trust, with a number you chose yourself.";

    @Autowired
    ApplicationContext context;
    @Autowired
    CourseAuthoringService authoring;
    @Autowired
    JdbcTemplate jdbc;

    NewCourseJourneyIT() {
        super("new-course-", "new-course-failed-", 1366, 900);
    }

    @Test
    void a_content_editor_builds_a_course_in_forms_previews_it_on_a_phone_publishes_it_for_a_cohort_whose_trainee_takes_it()
            throws Exception {
        String suffix = TestData.suffix().substring(0, 4);
        // The suffix keeps the title apart from an earlier run's on a database that outlives the test run.
        String courseTitle = "Meeting strangers well " + suffix;
        TestData.TrainedCohort cohort = TestData.in(context).organisation("Harbour Housing " + suffix).cohortWithNewTrainer();
        String cohortName = jdbc.queryForObject("select name from cohort where id = ?", String.class, cohort.id());

        // 1. The catalogue: a new blank course
        signIn(EDITOR, EDITOR_PASSWORD);
        open("/course/catalogue");
        present(By.cssSelector(".catalogue-view vaadin-grid"));
        click(button(english("catalogue.create")));
        WebElement dialog = wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-dialog.new-course-dialog")));
        type(field(dialog, "vaadin-text-field", english("catalogue.title")), courseTitle);
        WebElement slugField = field(dialog, "vaadin-text-field", english("catalogue.slug"));
        String slug = wait.until(driver -> slugField.getDomProperty("value").isEmpty() ? null : slugField.getDomProperty("value"));
        assertThat(slug).startsWith("meeting-strangers-well");
        shot("1-new-course-dialog");
        click(buttonIn(dialog, english("catalogue.create")));
        wait.until(driver -> driver.getCurrentUrl().endsWith("/course/authoring?course=" + slug));

        // 2. The outline: the course's summary, then two lessons
        WebElement outline = present(By.cssSelector("vaadin-details.course-outline"));
        wait.until(driver -> "true".equals(outline.getDomProperty("opened")));
        type(field(outline, "vaadin-text-area", english("outline.summary")),
                "Answering the door to people you do not know: kind, calm and safe.");
        addLesson(outline, SCENARIO_LESSON, "opening-the-door");
        addLesson(outline, QUIZ_LESSON, "check-before-you-open");
        assertThat(browser.findElements(By.cssSelector(".outline-lesson")))
                .extracting(row -> row.getDomAttribute("data-slug")).containsExactly("opening-the-door", "check-before-you-open");
        shot("2-outline-two-lessons");

        // The first lesson: its reading written, then a scenario from a start to a good and a bad ending
        openLesson("opening-the-door", SCENARIO_LESSON);
        type(field(present(By.cssSelector(".lesson-form")), "vaadin-text-area", english("authoring.form.lesson.summary")),
                "Meet a stranger at the door and decide whom to let in.");
        WebElement reading = present(By.cssSelector(".lesson-form .step-card[data-step='introduction']"));
        openDetails(reading.findElement(By.cssSelector("vaadin-details.step-card-details")));
        type(field(reading, "vaadin-text-area", english("authoring.form.reading.markdown")), READING);

        click(present(By.cssSelector(".lesson-form vaadin-button.add-step-scenario")));
        WebElement scenario = present(By.cssSelector(".lesson-form .step-card[data-step='scenario']"));
        type(field(scenario, "vaadin-text-field", english("authoring.form.step.title")), SCENARIO);
        WebElement start = node(scenario, "start");
        type(field(start, "vaadin-text-area", english("authoring.form.scenario.node-text")), START);
        List<WebElement> choices = start.findElements(By.cssSelector(".choice-form"));
        assertThat(choices).hasSize(2);
        fillChoice(choices.get(0), 1, GOOD_CHOICE, "good", "Calling a number you chose is the safe check; a real visitor waits.");
        fillChoice(choices.get(1), 2, BAD_CHOICE, "risky", "Anyone can say they read meters.");
        type(field(node(scenario, "good-ending"), "vaadin-text-area", english("authoring.form.scenario.node-text")), GOOD_ENDING);
        type(field(node(scenario, "bad-ending"), "vaadin-text-area", english("authoring.form.scenario.node-text")), BAD_ENDING);
        Lesson first = waitForDraft(slug, "opening-the-door", lesson -> lesson.steps().size() == 2
                && lesson.steps().get(1) instanceof Step.Scenario built && scenarioIsBuilt(built));
        assertThat(((Step.Reading) first.steps().getFirst()).markdown()).isEqualTo(READING);
        noProblemsInTheForm();
        scrollIntoView(scenario);
        shot("3-scenario-form");

        // The second lesson: a quiz of one question, two options, one right, with feedback and a pass mark
        openLesson("check-before-you-open", QUIZ_LESSON);
        click(present(By.cssSelector(".lesson-form vaadin-button.add-step-quiz")));
        WebElement quiz = present(By.cssSelector(".lesson-form .step-card[data-step='quiz']"));
        type(field(quiz, "vaadin-text-field", english("authoring.form.step.title")), QUIZ);
        type(field(quiz, "vaadin-integer-field", english("authoring.form.quiz.pass-mark")), "100");
        WebElement item = present(By.cssSelector(".lesson-form .step-card[data-step='quiz'] vaadin-details.quiz-item-form"));
        openDetails(item);
        type(field(item, "vaadin-text-area", english("authoring.form.quiz.prompt")), QUESTION);
        List<WebElement> options = item.findElements(By.cssSelector(".form-option"));
        assertThat(options).hasSize(2);
        fillOption(options.get(0), 1, RIGHT, true, "You decide whom to trust.");
        fillOption(options.get(1), 2, WRONG, false, "A uniform or a lanyard proves nothing.");
        type(field(item, "vaadin-text-area", english("authoring.form.quiz.feedback")), QUESTION_FEEDBACK);
        // The blank lesson's first reading is not wanted here: removed (its Undo is not taken)
        click(present(By.cssSelector(".lesson-form .step-card[data-step='introduction'] vaadin-button.remove")));
        waitForDraft(slug, "check-before-you-open", lesson -> lesson.steps().size() == 1
                && lesson.steps().getFirst() instanceof Step.Quiz built && quizIsBuilt(built));
        noProblemsInTheForm();
        scrollIntoView(By.cssSelector(".lesson-form .step-card[data-step='quiz']"));
        shot("4-quiz-form");

        // 3. The scenario lesson previewed in the phone-wide frame, as a trainee would see it on a phone
        openLesson("opening-the-door", SCENARIO_LESSON);
        click(button(english("authoring.preview")));
        WebElement preview = wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-dialog.preview-dialog")));
        click(wait.until(driver -> preview.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(radio -> textOf(radio).equals(english("authoring.preview.width.phone"))).findFirst().orElse(null)));
        WebElement frame = wait.until(visibilityOfElementLocated(By.cssSelector(".preview-frame.preview-phone")));
        assertThat(frame.getRect().getWidth()).isEqualTo(PHONE_WIDTH);
        assertThat(textOf(frame.findElement(By.cssSelector(".lesson-header h2")))).isEqualTo(SCENARIO_LESSON);
        waitForText(By.cssSelector(".preview-frame .step-title"), SCENARIO_LESSON); // the reading, titled as its lesson
        click(wait.until(driver -> frame.findElements(By.cssSelector(".step-list-item")).stream()
                .filter(step -> textOf(step).equals(SCENARIO)).findFirst().orElse(null)));
        waitForText(By.cssSelector(".preview-frame .step-title"), SCENARIO);
        assertThat(textOf(frame.findElement(By.cssSelector(".scenario-node")))).isEqualTo(START);
        assertThat(textsOf(frame.findElements(By.cssSelector("vaadin-button.scenario-choice"))))
                .containsExactly(GOOD_CHOICE, BAD_CHOICE);
        fitsItsFrame(frame);
        shot("5-preview-phone-frame");
        choose(GOOD_CHOICE);
        assertThat(textOf(present(By.cssSelector(".preview-frame .scenario-ending")))).contains(GOOD_ENDING);
        fitsItsFrame(frame);
        shot("6-preview-phone-frame-ending");
        click(preview.findElement(By.cssSelector("[slot='header-content'] vaadin-button"))); // the close (X) button
        wait.until(invisibilityOfElementLocated(By.cssSelector("vaadin-dialog.preview-dialog")));
        assertThat(textOf(present(By.cssSelector(".authoring-editor-tabs vaadin-tab[selected]"))))
                .as("the YAML tab was never opened").isEqualTo(english("authoring.form.tab"));

        // 4. Published, with its audit entry
        click(buttonIn(present(By.cssSelector("vaadin-details.course-outline")), english("outline.publish")));
        WebElement confirm = wait.until(visibilityOfElementLocated(
                By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")));
        click(confirm);
        waitForText(By.cssSelector(".course-outline .outline-status"), english("authoring.published", 1));
        shot("7-published");
        assertThat(jdbc.queryForObject("select max(version) from course_version where course_slug = ?", Integer.class, slug))
                .isEqualTo(1);
        open("/course/catalogue");
        WebElement catalogue = present(By.cssSelector(".catalogue-view vaadin-grid"));
        wait.until(driver -> gridRows(catalogue).stream().anyMatch(row -> row.getFirst().equals(courseTitle)
                && row.get(1).equals("2") && row.get(2).startsWith("Version 1 · ")));
        open("/admin/audit");
        WebElement audit = present(By.cssSelector(".admin-view vaadin-grid"));
        wait.until(driver -> gridRows(audit).stream().anyMatch(row -> row.contains("Course published")
                && row.stream().anyMatch(cell -> cell.startsWith("Course " + slug + " published as version 1"))));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'COURSE_PUBLISHED' "
                + "and actor_username = ? and details like ?", Integer.class, EDITOR, "Course " + slug + " published%"))
                .isEqualTo(1);
        shot("8-audit");

        // 5. The cohort takes the course
        open("/admin/cohorts");
        WebElement cohorts = present(By.cssSelector(".admin-view vaadin-grid"));
        click(gridCell(cohorts, cohortName));
        WebElement courseChooser = wait.until(driver -> driver.findElements(By.cssSelector(".admin-sections vaadin-select"))
                .stream().filter(select -> select.isDisplayed() && labelOf(select).equals(english("admin.cohorts.course")))
                .findFirst().orElse(null));
        click(courseChooser);
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(option -> option.isDisplayed() && textOf(option).equals(courseTitle)).findFirst().orElse(null)));
        wait.until(driver -> gridRows(cohorts).stream().anyMatch(row -> row.getFirst().equals(cohortName)
                && row.contains(courseTitle)));
        assertThat(jdbc.queryForObject("select course_slug from cohort where id = ?", String.class, cohort.id()))
                .isEqualTo(slug);
        shot("9-cohort-takes-the-course");

        // 6. A trainee of the cohort, on a phone: the course from home, the scenario to an ending, the quiz passed
        String trainee = cohort.trainee("Tess Trainee");
        browser.manage().deleteAllCookies();
        signIn(trainee, TestSignIn.PASSWORD);
        becomeAPhone();
        open("/");
        present(By.cssSelector(".home-view a.home-card"));
        shot("10-trainee-home-phone");
        click(wait.until(driver -> driver.findElements(By.cssSelector("a.home-card")).stream()
                .filter(card -> textOf(card.findElement(By.cssSelector(".home-card-title"))).equals(english("nav.course")))
                .findFirst().orElse(null)));
        waitForText(By.cssSelector(".course-map > h2"), courseTitle);
        assertThat(browser.findElements(By.cssSelector(".course-switcher"))).as("one course: no switcher").isEmpty();
        assertThat(textsOf(browser.findElements(By.cssSelector(".course-map .lesson-card h3"))))
                .containsExactly(SCENARIO_LESSON, QUIZ_LESSON);
        assertThat(lessonStatus(SCENARIO_LESSON)).isEqualTo(english("course.status.not_started"));
        pageFitsTheScreen();
        shot("11-trainee-course-map-phone");

        resume(english("course.map.start", SCENARIO_LESSON), SCENARIO_LESSON);
        waitForText(By.cssSelector(".step-title"), SCENARIO_LESSON);
        assertThat(textOf(present(By.cssSelector(".step-body")))).contains(READING);
        click(present(By.cssSelector("vaadin-button.next-step")));
        waitForText(By.cssSelector(".step-title"), SCENARIO);
        assertThat(textsOf(browser.findElements(By.cssSelector("vaadin-button.scenario-choice"))))
                .containsExactly(GOOD_CHOICE, BAD_CHOICE);
        pageFitsTheScreen();
        shot("12-trainee-scenario-phone");
        choose(GOOD_CHOICE);
        assertThat(textOf(present(By.cssSelector(".scenario-ending")))).contains(GOOD_ENDING);
        assertThat(textOf(present(By.cssSelector(".scenario-score")))).isEqualTo(english("course.scenario.score", 1, 1));
        pageFitsTheScreen();
        shot("13-trainee-scenario-ending-phone");
        finishLesson();
        assertThat(lessonStatus(SCENARIO_LESSON)).isEqualTo(english("course.status.completed"));

        resume(english("course.map.resume", QUIZ_LESSON), QUIZ_LESSON);
        waitForText(By.cssSelector(".step-title"), QUIZ);
        assertThat(textOf(present(By.cssSelector(".quiz .quiz-prompt")))).isEqualTo("1. " + QUESTION);
        WebElement right = wait.until(driver -> driver.findElements(By.cssSelector(".quiz-options vaadin-radio-button"))
                .stream().filter(option -> textOf(option).equals(RIGHT)).findFirst().orElse(null));
        click(right.findElement(By.cssSelector("label")));
        wait.until(driver -> right.findElement(By.cssSelector("input")).isSelected());
        click(present(By.cssSelector("vaadin-button.quiz-check")));
        waitForTextStarting(By.cssSelector(".quiz-result .quiz-passed"), "You scored 100% and passed (pass mark 100%)");
        assertThat(textOf(present(By.cssSelector(".quiz-option-row.quiz-option-right")))).contains(RIGHT);
        assertThat(textOf(present(By.cssSelector(".quiz")))).contains(QUESTION_FEEDBACK);
        pageFitsTheScreen();
        shot("14-trainee-quiz-passed-phone");
        finishLesson();
        assertThat(lessonStatus(SCENARIO_LESSON)).isEqualTo(english("course.status.completed"));
        assertThat(lessonStatus(QUIZ_LESSON)).isEqualTo(english("course.status.completed"));
        assertThat(textsOf(browser.findElements(By.cssSelector(".course-map > p")))).contains(english("course.map.all-done"));
        shot("15-trainee-course-completed-phone");
        assertThat(jdbc.queryForObject("select count(*) from lesson_progress where user_id = ? and course_slug = ? "
                + "and completed_at is not null", Integer.class, TestData.in(context).id(trainee), slug)).isEqualTo(2);
    }

    // --- the content editor's moves ---

    /** The outline makes the lesson's slug from its title. */
    private void addLesson(WebElement outline, String title, String slug) {
        type(field(outline, "vaadin-text-field", english("outline.new-lesson")), title);
        click(buttonIn(outline, english("outline.add-lesson")));
        present(By.cssSelector(".outline-lesson[data-slug='" + slug + "']"));
    }

    /** From the outline's lesson list; done once the form shows that lesson. */
    private void openLesson(String lessonSlug, String title) {
        click(present(By.cssSelector(".outline-lesson[data-slug='" + lessonSlug + "'] vaadin-button.outline-lesson-name")));
        wait.until(driver -> {
            WebElement form = driver.findElement(By.cssSelector(".lesson-form"));
            return form.isDisplayed() && title.equals(field(form, "vaadin-text-field", english("authoring.form.lesson.title"))
                    .getDomProperty("value"));
        });
    }

    /** A scenario node's form, opened. */
    private WebElement node(WebElement scenario, String id) {
        WebElement node = scenario.findElement(By.cssSelector(".scenario-node-form[data-node='" + id + "']"));
        openDetails(node);
        return node;
    }

    private void fillChoice(WebElement choice, int number, String text, String verdict, String feedback) {
        type(field(choice, "vaadin-text-field", english("authoring.form.scenario.choice-text", number)), text);
        WebElement select = choice.findElements(By.cssSelector("vaadin-select")).stream()
                .filter(each -> labelOf(each).equals(english("authoring.form.scenario.verdict"))).findFirst().orElseThrow();
        click(select);
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && textOf(item).equals(english("authoring.form.verdict." + verdict)))
                .findFirst().orElse(null)));
        wait.until(driver -> !"true".equals(select.getDomProperty("opened")));
        type(field(choice, "vaadin-text-area", english("authoring.form.scenario.feedback")), feedback);
    }

    private void fillOption(WebElement option, int number, String text, boolean right, String feedback) {
        type(field(option, "vaadin-text-field", english("authoring.form.quiz.option", number)), text);
        if (right) {
            WebElement box = option.findElement(By.cssSelector("vaadin-checkbox"));
            assertThat(labelOf(box)).isEqualTo(english("authoring.form.quiz.correct"));
            click(box.findElement(By.cssSelector("label")));
            wait.until(driver -> box.findElement(By.cssSelector("input")).isSelected());
        }
        type(field(option, "vaadin-text-field", english("authoring.form.quiz.option-feedback")), feedback);
    }

    private static boolean scenarioIsBuilt(Step.Scenario scenario) {
        if (!SCENARIO.equals(scenario.title()) || !"start".equals(scenario.start()) || scenario.nodes().size() != 3) {
            return false;
        }
        Step.Node start = scenario.nodes().getFirst();
        return START.equals(start.text()) && start.choices().size() == 2
                && GOOD_CHOICE.equals(start.choices().get(0).text()) && "good".equals(start.choices().get(0).verdict())
                && start.choices().get(0).feedback() != null
                && BAD_CHOICE.equals(start.choices().get(1).text()) && "risky".equals(start.choices().get(1).verdict())
                && start.choices().get(1).feedback() != null
                && GOOD_ENDING.equals(scenario.nodes().get(1).text()) && BAD_ENDING.equals(scenario.nodes().get(2).text());
    }

    private static boolean quizIsBuilt(Step.Quiz quiz) {
        if (!QUIZ.equals(quiz.title()) || quiz.passMark() != 100 || quiz.items().size() != 1) {
            return false;
        }
        Step.QuizItem item = quiz.items().getFirst();
        return QUESTION.equals(item.prompt()) && QUESTION_FEEDBACK.equals(item.feedback()) && item.options().size() == 2
                && RIGHT.equals(item.options().get(0).text()) && item.options().get(0).correct()
                && item.options().get(0).feedback() != null
                && WRONG.equals(item.options().get(1).text()) && !item.options().get(1).correct()
                && item.options().get(1).feedback() != null;
    }

    /** Waits until the lesson's saved draft reads as a lesson that passes the test; returns it. */
    private Lesson waitForDraft(String course, String lessonSlug, Predicate<Lesson> test) {
        return wait.until(driver -> {
            TestSignIn.as(context, EDITOR);
            try {
                var source = authoring.source(course, lessonSlug);
                Optional<Lesson> lesson = authoring.readDraft(source.source());
                return source.draft() && lesson.isPresent() && test.test(lesson.get()) ? lesson.get() : null;
            } finally {
                TestSignIn.out(context);
            }
        });
    }

    /** The form's problem summary is hidden: the checker found nothing to fix. */
    private void noProblemsInTheForm() {
        wait.until(driver -> !driver.findElement(By.cssSelector(".lesson-form .form-summary")).isDisplayed());
    }

    // --- shared moves ---

    /** The Vaadin field of that tag within the scope whose label reads exactly so. */
    private WebElement field(SearchContext scope, String tag, String label) {
        return wait.until(driver -> scope.findElements(By.cssSelector(tag)).stream()
                .filter(each -> labelOf(each).equals(label)).findFirst().orElse(null));
    }

    private static String labelOf(WebElement field) {
        return field.findElements(By.cssSelector("label")).stream().findFirst().map(BrowserJourney::textOf).orElse("");
    }

    /** Replaces the field's text by typing, then leaves it (so the value is sent) and waits until it shows. */
    private void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        wait.until(driver -> text.equals(field.getDomProperty("value")));
    }

    private void openDetails(WebElement details) {
        if (!"true".equals(details.getDomProperty("opened"))) {
            click(details.findElement(By.cssSelector("vaadin-details-summary")));
        }
        wait.until(driver -> "true".equals(details.getDomProperty("opened")));
    }

    /** The cell showing this text, the grid scrolled down a screen at a time until it is rendered. */
    private WebElement gridCell(WebElement grid, String text) {
        return wait.until(driver -> {
            Optional<WebElement> cell = grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .filter(each -> textOf(each).equals(text)).findFirst();
            if (cell.isEmpty()) {
                browser.executeScript("const t = arguments[0].$ && arguments[0].$.table; if (t) { t.scrollTop += t.clientHeight / 2; }",
                        grid);
            }
            return cell.orElse(null);
        });
    }

    /** A scenario choice, in the player or the preview; waits for what follows it. */
    private void choose(String label) {
        WebElement choice = wait.until(driver -> driver.findElements(By.cssSelector("vaadin-button.scenario-choice")).stream()
                .filter(each -> textOf(each).equals(label)).findFirst().orElse(null));
        click(choice);
        wait.until(stalenessOf(choice));
        present(By.cssSelector(".choice-feedback"));
    }

    // --- the trainee's moves ---

    private void resume(String label, String lessonTitle) {
        WebElement resume = present(By.cssSelector("vaadin-button.resume"));
        assertThat(textOf(resume)).isEqualTo(label);
        click(resume);
        waitForText(By.cssSelector(".lesson-header h2"), lessonTitle);
    }

    private void finishLesson() {
        WebElement next = present(By.cssSelector("vaadin-button.next-step"));
        assertThat(textOf(next)).isEqualTo(english("course.player.finish"));
        click(next);
        wait.until(stalenessOf(next));
        present(By.cssSelector(".course-map .lesson-status"));
    }


    // --- looking ---

    /** Nothing inside the phone-wide preview frame is wider than the frame. */
    private void fitsItsFrame(WebElement frame) {
        assertThat(((Number) browser.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", frame))
                .intValue()).as("sideways overflow in the phone frame").isLessThanOrEqualTo(0);
    }

    private void waitForText(By locator, String text) {
        wait.until(driver -> textOf(driver.findElement(locator)).equals(text));
    }

    private void waitForTextStarting(By locator, String start) {
        wait.until(driver -> textOf(driver.findElement(locator)).startsWith(start));
    }

    /** A picture of the browser in target/journey-shots, for a person to look at. */
    private void shot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
