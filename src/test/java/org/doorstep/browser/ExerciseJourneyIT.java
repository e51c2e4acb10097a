package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.exercise.BurstNetwork;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ConnectionRow;
import org.doorstep.exercise.Criterion;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExportFiles;
import org.doorstep.exercise.ExportGenerator;
import org.doorstep.exercise.internal.ExportFormat;
import org.doorstep.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser, the network-pruning exercise: a new trainee imports a LinkedIn export, triages it by
 * keyboard, works through the pruning plan and its CSV, and re-imports a later export that shows who is gone;
 * and every kind of bad upload is refused with a message that says why, storing nothing.
 *
 * <p>Text is read as the elements' text content: Selenium's getText() answers "" for an element scrolled
 * out of the app layout's view.
 */
class ExerciseJourneyIT extends BrowserJourney {

    private static final String PASSWORD = TestSignIn.PASSWORD;
    private static final Path FIXTURES = Path.of("src", "test", "resources", "linkedin-exports");

    // The first export, newest connection first (the triage's order). Line 8 is a hidden profile.
    private static final String SIOBHAN = "Siobhán,Ní Bhriain,https://www.linkedin.com/in/siobhan-ni-bhriain-1a2b3c4d,,"
            + "\"Pinnacle Print, Inc.\",Editor,02 Mar 2025\n";
    private static final String LI_WEI = "李,伟,https://www.linkedin.com/in/%E6%9D%8E%E4%BC%9F-5e6f7a8b,,"
            + "Kestrel Energy,软件工程师,13 Jan 2025\n";
    private static final String MALLORY = "Mallory,Quinn,https://www.linkedin.com/in/mallory-quinn-9c0d1e2f,,"
            + "\"=HYPERLINK(\"\"http://x\"\")\",\"Growth Hacker | 10x your leads\",20 Nov 2024\n";
    private static final String HIDDEN = ",,,,,,24 May 2024\n";
    private static final String DIMITRIS = "Δημήτρης,Παπαδόπουλος,"
            + "https://www.linkedin.com/in/dimitris-papadopoulos-5a6b7c8d,,Ελληνικά Πετρέλαια,Μηχανικός,05 Aug 2023\n";
    private static final String OMAR = "Omar,Dubois,https://www.linkedin.com/in/omar-dubois-a6a3a450,omar@example.com,"
            + "Halcyon Health NHS Trust,Consultant,07 Jan 2022\n";
    private static final String ZOE = "Zoë,Adams,https://www.linkedin.com/in/zoe-adams-9c0d1e2f,,"
            + "\"The \"\"Good\"\" Bakery\",Designer,30 Jun 2020\n";
    private static final String FRANCOIS = "François,Müller,https://www.linkedin.com/in/francois-muller-0f1e2d3c,,"
            + "Lumen Labs,Teacher,11 Nov 2018\n";
    private static final String FIRST_EXPORT = ExportFiles.PREAMBLE + SIOBHAN + LI_WEI + MALLORY + HIDDEN + DIMITRIS
            + OMAR + ZOE + FRANCOIS;
    private static final int FIRST_EXPORT_PEOPLE = 7;

    // A month later: Li Wei and Mallory (both marked remove) are gone, Aoife is new; the hidden row is still there.
    private static final String AOIFE = "Aoife,Ó Súilleabháin,"
            + "https://www.linkedin.com/in/aoife-o-suilleabhain-7d8e9f0a,,Meridian Bank plc,Nurse,02 Apr 2025\n";
    private static final String LATER_EXPORT = ExportFiles.PREAMBLE + AOIFE + SIOBHAN + HIDDEN + DIMITRIS + OMAR + ZOE
            + FRANCOIS;

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    AccountService accounts;
    @Autowired
    ExerciseService exercise;

    private String trainee;
    /** The exports written for the uploads; JUnit deletes them afterwards. */
    @TempDir
    Path files;

    ExerciseJourneyIT() {
        super("", "failed-");
    }

    @BeforeEach
    void registerANewTrainee() {
        // A trainee of our own, so the network starts empty whatever other tests did.
        trainee = TestData.in(applicationContext).demoTrainee("pruner", "Pat Pruner").username();
    }

    @Test
    void a_trainee_imports_triages_by_keyboard_plans_downloads_and_reimports_to_see_who_is_gone() throws Exception {
        signIn();
        open("/exercise");
        present(By.cssSelector(".empty-network"));
        click(button("Import my LinkedIn export"));
        wait.until(urlMatches("/exercise/import$"));

        upload(file("Connections.csv", FIRST_EXPORT));
        waitForTexts(By.cssSelector(".import-counts li"), List.of("New connections: " + FIRST_EXPORT_PEOPLE,
                "Updated (company, position or name changed): 0", "Unchanged: 0",
                "Gone since your last import (removed on LinkedIn): 0", "Rows skipped: 1"));
        assertThat(textOf(present(By.cssSelector(".import-preview h3"))))
                .isEqualTo("What importing Connections.csv would do");
        assertThat(gridRows(present(By.cssSelector(".skipped-rows"))))
                .containsExactly(List.of("8", "no name: a hidden or closed profile"));
        assertThat(asTrainee(() -> exercise.count(ConnectionFilter.ALL))).as("stored by the preview").isZero();
        screenshot("exercise-preview");

        click(button("Import"));
        wait.until(urlMatches("/exercise$"));
        waitForText(By.cssSelector(".triage-progress"), "0 of " + FIRST_EXPORT_PEOPLE + " reviewed");
        assertThat(names(present(By.cssSelector(".triage-workspace vaadin-grid"))))
                .containsExactly("Siobhán Ní Bhriain", "李 伟", "Mallory Quinn", "Δημήτρης Παπαδόπουλος", "Omar Dubois",
                        "Zoë Adams", "François Müller");

        triageByKeyboard();
        screenshot("exercise-triage-after-keyboard");
        scrollIntoView(present(By.cssSelector(".triage-header")));
        screenshot("exercise-triage-progress");
        assertDecisionsStored();

        click(button("Pruning plan"));
        wait.until(urlMatches("/exercise/plan$"));
        checkPlanAndTickOneDone();
        screenshot("exercise-plan");
        checkRemovalsCsv();

        open("/exercise");
        click(button("Import a newer export"));
        wait.until(urlMatches("/exercise/import$"));
        upload(file("Connections.csv", LATER_EXPORT));
        waitForTexts(By.cssSelector(".import-counts li"), List.of("New connections: 1",
                "Updated (company, position or name changed): 0", "Unchanged: 5",
                "Gone since your last import (removed on LinkedIn): 2", "Rows skipped: 1"));
        screenshot("exercise-reimport-preview");
        click(button("Import"));
        wait.until(urlMatches("/exercise$"));
        // Of the six still on LinkedIn, Siobhán (keep), Dimitris (reach out) and Omar (weak tie) are reviewed.
        waitForText(By.cssSelector(".triage-progress"), "3 of 6 reviewed");

        open("/exercise/plan");
        waitForListItem(".plan-summary", "Gone since the last import: 2");
        WebElement removals = present(By.cssSelector("vaadin-grid.removals"));
        wait.until(driver -> gridRows(removals).size() == 2);
        assertThat(gridRows(removals)).extracting(row -> row.get(0), row -> row.get(3)).containsExactlyInAnyOrder(
                tuple("李 伟", "Gone (confirmed by your last import)"),
                tuple("Mallory Quinn", "Gone (confirmed by your last import)"));
        screenshot("exercise-plan-after-reimport");
    }

    @Test
    void every_bad_file_is_refused_with_a_clear_message_and_nothing_is_stored() throws Exception {
        signIn();
        open("/exercise/import");

        refused("empty", file("Connections.csv", ""), english("exercise.import.refused.EMPTY"));
        refused("preamble-only", FIXTURES.resolve("preamble-only.csv"),
                english("exercise.import.refused.PREAMBLE_ONLY"));
        refused("messages", FIXTURES.resolve("messages.csv"),
                english("exercise.import.refused.NOT_A_CONNECTIONS_EXPORT.named", "messages.csv"));
        // A picture saved under a .csv name gets past the Upload's file-type check to the server's.
        refused("binary", file("Connections.csv", Files.readAllBytes(FIXTURES.resolve("picture.png"))),
                english("exercise.import.refused.NOT_TEXT"));
        refused("unbalanced-quote", FIXTURES.resolve("unbalanced-quote.csv"),
                english("exercise.import.refused.UNBALANCED_QUOTES", 3L));
        // Over 10 MB the Upload itself refuses the file, before a byte is sent.
        refused("over-10-mb", file("huge.csv", new byte[10 * 1024 * 1024 + 1]),
                english("exercise.import.rejected", "huge.csv", 10));
        Path tooManyRows = files.resolve("too-many-rows.csv");
        ExportGenerator.write(tooManyRows, 30_001, ExportFormat.CURRENT, 42);
        refused("too-many-rows", tooManyRows, english("exercise.import.refused.TOO_MANY_ROWS", 30001L));
        refused("zip-without-connections", FIXTURES.resolve("no-connections.zip"),
                english("exercise.import.refused.NO_CONNECTIONS_IN_ZIP"));
    }

    // --- the journey's steps ---

    /**
     * One click on the first row, then keys only: 1 and 2 tick criteria, K R R O W decide (each moving on),
     * ArrowUp goes back to check a decision, ArrowDown and L put Zoë off until later.
     */
    private void triageByKeyboard() {
        click(gridCell("Siobhán Ní Bhriain"));
        waitForText(By.cssSelector(".connection-detail h3"), "Siobhán Ní Bhriain");

        press("1");
        wait.until(driver -> criteriaTicked().equals(List.of(true, false, false, false)));
        press("2");
        wait.until(driver -> criteriaTicked().equals(List.of(true, true, false, false)));
        waitForText(By.cssSelector(".connection-detail .saved-indicator"), "Saved: criteria for Siobhán Ní Bhriain.");
        assertThat(textOf(present(By.cssSelector(".connection-detail .suggestion"))))
                .isEqualTo("Suggested: keep as a weak tie with a real context, or reach out to get to know them.");

        decide("k", "Siobhán Ní Bhriain", "李 伟");
        decide("r", "李 伟", "Mallory Quinn");
        decide("R", "Mallory Quinn", "Δημήτρης Παπαδόπουλος");
        decide("o", "Δημήτρης Παπαδόπουλος", "Omar Dubois");
        decide("w", "Omar Dubois", "Zoë Adams");
        waitForText(By.cssSelector(".triage-progress"), "5 of 7 reviewed");

        press(Keys.ARROW_UP);
        waitForText(By.cssSelector(".connection-detail h3"), "Omar Dubois");
        assertThat(pressedDecisions()).containsExactly("Weak tie (W)");
        press(Keys.ARROW_DOWN);
        waitForText(By.cssSelector(".connection-detail h3"), "Zoë Adams");
        decide("l", "Zoë Adams", "François Müller");

        // "Later" is not a review: still 5 of 7, with François undecided.
        waitForTexts(By.cssSelector(".decision-counts li"), List.of("Keep: 1", "Weak tie: 1", "Reach out: 1",
                "Remove: 2", "Later: 1", "Undecided: 1"));
        assertThat(textOf(present(By.cssSelector(".triage-progress")))).isEqualTo("5 of 7 reviewed");
        WebElement grid = present(By.cssSelector(".triage-workspace vaadin-grid"));
        wait.until(driver -> decisionColumn(grid).equals(Map.of("Siobhán Ní Bhriain", "Keep", "李 伟", "Remove",
                "Mallory Quinn", "Remove", "Δημήτρης Παπαδόπουλος", "Reach out", "Omar Dubois", "Weak tie",
                "Zoë Adams", "Later", "François Müller", "")));
        assertThat(gridRows(grid).getFirst()).element(TICK_COLUMN + 2).isEqualTo("2/4");
    }

    /**
     * Issue 16's journey: the article's week, found and decided at once. An export zip with a burst week (12 people
     * in the week of 11 Mar 2019 among one a week), a message with one of them and a bare invitation from another.
     */
    @Test
    void a_trainee_finds_their_burst_week_strangers_first_removes_it_at_once_undoes_and_redoes_and_sees_the_plan()
            throws Exception {
        signIn();
        open("/exercise/import");
        upload(burstZip());
        waitForListItem(".import-counts", "New connections: 42");
        click(button("Import"));
        wait.until(urlMatches("/exercise$"));

        // Likely strangers first: the bare invitation from the burst week leads, its reason in words.
        click(present(By.cssSelector(".filter-box")));
        chooseIn(present(By.cssSelector(".order-select")), english("exercise.sort.strangers"));
        WebElement grid = present(By.cssSelector(".triage-workspace vaadin-grid"));
        wait.until(driver -> names(grid).getFirst().contains("Bea Burst1"));
        assertThat(reasonOf("Bea Burst1")).isEqualTo("Connected in the week of 11 Mar 2019, with 11 others; never "
                + "messaged; invited you without a note");

        // One decided by hand first: the bulk action must leave it be.
        open("/exercise?week=" + BurstNetwork.BURST_WEEK);
        WebElement week = present(By.cssSelector(".triage-workspace vaadin-grid"));
        wait.until(driver -> names(week).size() == 12);
        click(wait.until(driver -> driver.findElements(By.cssSelector(".triage-workspace vaadin-grid-cell-content"))
                .stream().filter(cell -> textOf(cell).startsWith("Bea Burst0")).findFirst().orElse(null)));
        waitForText(By.cssSelector(".connection-detail h3"), "Bea Burst0");
        press("k");
        waitForText(By.cssSelector(".connection-detail .saved-indicator"), "Saved: decision for Bea Burst0.");

        removeTheWholeWeek();
        waitForText(By.cssSelector(".bulk-notice-text"), "11 connections marked Remove. 1 decided one by one kept its decision.");
        assertThat(asTrainee(() -> exercise.planSize(Decision.REMOVE))).isEqualTo(11);

        click(present(By.cssSelector(".bulk-notice-undo")));
        waitForText(By.cssSelector(".bulk-notice-text"), "11 connections are back to their previous decisions.");
        assertThat(asTrainee(() -> exercise.planSize(Decision.REMOVE))).isZero();
        assertThat(asTrainee(() -> exercise.planSize(Decision.KEEP))).as("the one decided by hand").isEqualTo(1);

        removeTheWholeWeek();
        waitForText(By.cssSelector(".bulk-notice-text"), "11 connections marked Remove. 1 decided one by one kept its decision.");
        screenshot("exercise-bulk-removed");

        open("/exercise/plan");
        WebElement removals = present(By.cssSelector("vaadin-grid.removals"));
        wait.until(driver -> gridRows(removals).size() == 11);
        assertThat(gridRows(removals)).extracting(row -> row.get(0)).allMatch(name -> name.startsWith("Bea Burst"))
                .doesNotContain("Bea Burst0");
    }

    /** The reason a row gives in the "likely strangers first" order, read beside the person's name. */
    private String reasonOf(String name) {
        return wait.until(driver -> driver.findElements(By.cssSelector(".triage-workspace vaadin-grid .person")).stream()
                .filter(person -> textOf(person.findElement(By.cssSelector(".person-name"))).equals(name))
                .map(person -> textOf(person.findElement(By.cssSelector(".person-reason"))))
                .filter(reason -> !reason.isEmpty()).findFirst().orElse(null));
    }

    /** Remove for every connection the filter matches (the week), after reading the confirmation's count. */
    private void removeTheWholeWeek() {
        chooseIn(present(By.cssSelector(".bulk-bar vaadin-select")), english("exercise.decision.remove"));
        click(wait.until(driver -> buttonIn(driver, "Decide all 12 matching the filters…").isEnabled()
                ? buttonIn(driver, "Decide all 12 matching the filters…") : null));
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-confirm-dialog")).stream()
                .anyMatch(dialog -> "Remove 11 connections?".equals(dialog.getDomProperty("header"))));
        click(button("Remove 11"));
    }

    /** Opens a select and picks the item that reads exactly so. */
    private void chooseIn(WebElement select, String item) {
        click(select);
        click(wait.until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(option -> textOf(option).equals(item) && option.isDisplayed()).findFirst().orElse(null)));
        wait.until(driver -> textOf(select).contains(item));
    }

    /** LinkedIn's zip: the burst network, a conversation with Bea Burst0, a note-less invitation from Bea Burst1. */
    private Path burstZip() throws IOException {
        Path zip = Files.createTempDirectory(files, "upload").resolve("Basic_LinkedInDataExport.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "Connections.csv", Files.readString(BurstNetwork.write(12, 30)));
            entry(out, "messages.csv", """
                    CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
                    2-1,,Bea Burst0,https://www.linkedin.com/in/bea-burst-0,Pat Pruner,https://www.linkedin.com/in/pat-pruner,2019-03-20 10:00:00 UTC,,Lovely to meet you at the fair,INBOX
                    """);
            entry(out, "Invitations.csv", """
                    From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
                    Bea Burst1,Pat Pruner,"3/12/19, 10:00 AM",,INCOMING,https://www.linkedin.com/in/bea-burst-1,https://www.linkedin.com/in/pat-pruner
                    """);
        }
        return zip;
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    /** Presses a decision key and waits until it is saved and the next person is shown. */
    private void decide(String key, String decided, String next) {
        press(key);
        waitForText(By.cssSelector(".connection-detail .saved-indicator"), "Saved: decision for " + decided + ".");
        waitForText(By.cssSelector(".connection-detail h3"), next);
    }

    /** What the keys did, as stored: read through the service as the trainee. */
    private void assertDecisionsStored() {
        Map<String, ConnectionRow> stored = asTrainee(() -> exercise.page(ConnectionFilter.ALL, 0, 100)).stream()
                .collect(Collectors.toMap(ConnectionRow::name, Function.identity()));
        assertThat(stored).hasSize(FIRST_EXPORT_PEOPLE);
        assertThat(stored.get("Siobhán Ní Bhriain").criteria())
                .containsExactlyInAnyOrder(Criterion.SPOKEN, Criterion.UNDERSTANDS);
        assertThat(stored.get("Mallory Quinn").company()).isEqualTo("=HYPERLINK(\"http://x\")");
        Map<String, Decision> decisions = stored.values().stream().filter(row -> row.decision() != null)
                .collect(Collectors.toMap(ConnectionRow::name, ConnectionRow::decision));
        assertThat(decisions).containsExactlyInAnyOrderEntriesOf(Map.of("Siobhán Ní Bhriain", Decision.KEEP,
                "李 伟", Decision.REMOVE, "Mallory Quinn", Decision.REMOVE,
                "Δημήτρης Παπαδόπουλος", Decision.REACH_OUT, "Omar Dubois", Decision.WEAK_TIE,
                "Zoë Adams", Decision.LATER));
        assertThat(stored.get("Δημήτρης Παπαδόπουλος").reachOutDue()).as("reach out gets a due date").isNotNull();
    }

    /** The people marked remove, each with a profile link that opens safely in a new tab; Li Wei ticked done. */
    private void checkPlanAndTickOneDone() {
        WebElement removals = present(By.cssSelector("vaadin-grid.removals"));
        wait.until(driver -> gridRows(removals).size() == 2);
        assertThat(gridRows(removals)).extracting(row -> row.get(0), row -> row.get(1)).containsExactlyInAnyOrder(
                tuple("李 伟", "Kestrel Energy"), tuple("Mallory Quinn", "=HYPERLINK(\"http://x\")"));
        for (String name : List.of("李 伟", "Mallory Quinn")) {
            WebElement link = present(By.cssSelector(
                    "vaadin-grid.removals a[aria-label='Open the LinkedIn profile of " + name + " in a new tab']"));
            assertThat(textOf(link)).isEqualTo("Open profile");
            assertThat(link.getDomAttribute("href")).startsWith("https://www.linkedin.com/in/");
            assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
            assertThat(link.getDomAttribute("rel")).contains("noopener");
        }
        assertThat(gridRows(present(By.cssSelector("vaadin-grid.reach-out")))).extracting(List::getFirst)
                .containsExactly("Δημήτρης Παπαδόπουλος");

        WebElement done = doneBox("李 伟");
        click(done.findElement(By.cssSelector("label")));
        wait.until(driver -> Boolean.parseBoolean(done.getDomProperty("checked")));
        waitForListItem(".plan-summary", "Removed on LinkedIn: 1");
        assertThat(asTrainee(() -> exercise.plan(Decision.REMOVE, 0, 10))).filteredOn(ConnectionRow::removedOnLinkedIn)
                .extracting(ConnectionRow::name).containsExactly("李 伟");
    }

    /** Downloads the removals list with the browser's session and reads it as a spreadsheet would. */
    private void checkRemovalsCsv() throws Exception {
        WebElement link = browser.findElements(By.cssSelector(".plan-view a[download]")).getFirst();
        assertThat(textOf(link)).isEqualTo("Download as CSV");
        String csv = fetchWithSession(link.getDomProperty("href")).body();
        assertThat(csv).startsWith("\"Name\",\"Company\",\"Position\",\"Profile\",\"Removed on LinkedIn\",\"Note\"\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).extracting(r -> r.get("Name"), r -> r.get("Company"), r -> r.get("Removed on LinkedIn"))
                .containsExactlyInAnyOrder(tuple("李 伟", "Kestrel Energy", "yes"),
                        // neutralised: a spreadsheet shows the text instead of running the formula
                        tuple("Mallory Quinn", "'=HYPERLINK(\"http://x\")", "no"));
    }

    /** Uploads a bad file and waits for its refusal (pictured); the trainee still has no connections. */
    private void refused(String kind, Path file, String message) throws IOException {
        upload(file);
        WebElement refusal = present(By.cssSelector(".import-refusal"));
        wait.until(driver -> textsOf(refusal.findElements(By.tagName("p")))
                .equals(List.of(message, "Nothing was stored.")));
        assertThat(refusal.getDomAttribute("role")).isEqualTo("alert");
        assertThat(refusal.isDisplayed()).isTrue();
        screenshot("exercise-refusal-" + kind);
        // Vaadin leaves a hidden component out of the page until it is first shown.
        assertThat(browser.findElements(By.cssSelector(".import-preview"))).noneMatch(WebElement::isDisplayed);
        assertThat(asTrainee(() -> exercise.count(ConnectionFilter.ALL))).as("stored after %s", file.getFileName())
                .isZero();
    }

    // --- reading the exercise's screens ---

    /** The triage grid's first column holds the ticks for a bulk decision; the person comes after it. */
    private static final int TICK_COLUMN = 1;

    /** The triage grid's names, in the order shown. */
    private List<String> names(WebElement grid) {
        wait.until(driver -> !gridRows(grid).isEmpty());
        return gridRows(grid).stream().map(row -> row.get(TICK_COLUMN)).toList();
    }

    private Map<String, String> decisionColumn(WebElement grid) {
        return gridRows(grid).stream().collect(Collectors.toMap(row -> row.get(TICK_COLUMN), row -> row.get(TICK_COLUMN + 3)));
    }

    private WebElement gridCell(String name) {
        return wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> !cell.findElements(By.cssSelector(".person-name")).isEmpty())
                .filter(cell -> textOf(cell.findElement(By.cssSelector(".person-name"))).equals(name))
                .findFirst().orElse(null));
    }

    private List<Boolean> criteriaTicked() {
        return browser.findElements(By.cssSelector(".connection-detail .criteria vaadin-checkbox")).stream()
                .map(box -> Boolean.parseBoolean(box.getDomProperty("checked"))).toList();
    }

    private List<String> pressedDecisions() {
        return browser.findElements(By.cssSelector(".connection-detail .decisions vaadin-button")).stream()
                .filter(button -> "true".equals(button.getDomAttribute("aria-pressed")))
                .map(ExerciseJourneyIT::textOf).toList();
    }

    /** The "Done" box of a person on the removals list, found by its accessible name (every box reads "Done"). */
    private WebElement doneBox(String name) {
        String accessibleName = "Removed " + name + " on LinkedIn";
        return wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid.removals vaadin-checkbox")).stream()
                .filter(box -> accessibleName.equals(box.getDomProperty("accessibleName")))
                .findFirst().orElse(null));
    }

    // --- files, uploads and downloads ---

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Each file in a folder of its own, so several can share the name LinkedIn gives them. */
    private Path file(String name, byte[] content) throws IOException {
        Path folder = Files.createTempDirectory(files, "upload");
        return Files.write(folder.resolve(name), content);
    }

    /** Hands the file to the Upload's hidden file input, as choosing it in the file dialog would. */
    private void upload(Path file) {
        WebElement input = wait.until(driver -> (WebElement) browser.executeScript("""
                const upload = document.querySelector('vaadin-upload');
                if (!upload) return null;
                return (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))
                    || upload.querySelector('input[type=file]');"""));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    // --- the trainee, keys and waits ---

    /** Calls the service as the trainee, the way the views do, and signs out again. */
    private <T> T asTrainee(Supplier<T> call) {
        TestSignIn.as(applicationContext, trainee);
        try {
            return call.get();
        } finally {
            TestSignIn.out(applicationContext);
        }
    }

    private void signIn() {
        signIn(trainee, PASSWORD);
    }

    /** Sends keys to whatever has focus, as a person typing would. */
    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Waits until the element's text content is exactly this. */
    private void waitForText(By locator, String text) {
        wait.until(driver -> textOf(driver.findElement(locator)).equals(text));
    }

    /** Waits until one item of the list (a CSS selector) reads exactly this. */
    private void waitForListItem(String list, String item) {
        wait.until(driver -> textsOf(driver.findElements(By.cssSelector(list + " li"))).contains(item));
    }

    private void waitForTexts(By locator, List<String> texts) {
        wait.until(driver -> textsOf(driver.findElements(locator)).equals(texts));
    }
}
