package org.doorstep.exercise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.base.ui.BoundedUpload;
import org.doorstep.base.ui.Refusals;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExportFiles;
import org.doorstep.exercise.ImportRefusedException.Reason;
import org.doorstep.exercise.ImportRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewTest extends KaribuTest {

    @Autowired
    ExerciseService exercise;

    @BeforeEach
    void trainee() {
        String username = TestData.in(context).demoTrainee("importer", "Ian Importer").username();
        signInAs(username);
        navigate("exercise/import");
    }

    @Test
    void an_upload_shows_what_would_change_and_stores_only_when_confirmed() {
        ImportView view = _get(ImportView.class);
        view.received("Connections.csv", ExportFiles.write(ExportFiles.PREAMBLE
                + ExportFiles.row("Omar", "Dubois", "omar-1", "Halcyon", "07 Jan 2020")
                + ",,,,,,08 Feb 2026\n"));

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(rendered(view.preview)).contains("New connections: 1").contains("Rows skipped: 1");
        assertThat(exercise.count(ConnectionFilter.ALL)).isZero();

        view.store();
        assertThat(exercise.count(ConnectionFilter.ALL)).isEqualTo(1);
        assertThat(currentView()).isEqualTo(ExerciseView.class);
    }

    @Test
    void a_file_whose_every_row_is_skipped_offers_no_import_and_says_why() {
        ImportView view = _get(ImportView.class);
        view.received("Connections.csv", ExportFiles.write(ExportFiles.PREAMBLE
                + ",,,,,,08 Feb 2026\n" + ExportFiles.row("Omar", "Dubois", "omar-1", "Halcyon", "02/04/2025")));

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(rendered(view.preview)).contains("Rows skipped: 2")
                .contains("There is nothing to import: all 2 rows were skipped");
        assertThat(view.confirm.isVisible()).isFalse();
        assertThat(view.keepEmails.isVisible()).isFalse();

        view.received("Connections.csv", ExportFiles.write(ExportFiles.PREAMBLE
                + ExportFiles.row("Omar", "Dubois", "omar-1", "Halcyon", "2020-01-07")));
        assertThat(view.confirm.isVisible()).as("a file with someone to import offers Import again").isTrue();
        assertThat(rendered(view.preview)).contains("New connections: 1").doesNotContain("nothing to import");
    }

    @Test
    void a_file_re_saved_by_excel_as_windows_1252_is_previewed_saying_how_it_was_read() throws Exception {
        ImportView view = _get(ImportView.class);
        view.received("Connections.csv", fixture("windows-1252.csv"));

        assertThat(rendered(view.preview)).contains("New connections: 2").contains("Read as Windows-1252 text");
        assertThat(view.confirm.isVisible()).isTrue();

        view.received("Connections.csv", ExportFiles.write(ExportFiles.PREAMBLE
                + ExportFiles.row("Omar", "Dubois", "omar-1", "Halcyon", "07 Jan 2020")));
        assertThat(rendered(view.preview)).as("LinkedIn's own UTF-8 needs no word").doesNotContain("Read as");
    }

    @Test
    void translated_headings_are_refused_saying_which_columns_were_expected_and_which_were_found() throws Exception {
        ImportView view = _get(ImportView.class);
        view.received("Connections.csv", fixture("translated-headings.csv"));

        assertThat(rendered(view.refusal))
                .contains("Expected (in English): First Name, Last Name, URL, Email Address, Company, Position, Connected On.")
                .contains("Found: Prénom, Nom, URL, Adresse e-mail, Entreprise, Poste, Date de connexion.")
                .contains("LinkedIn's Connections.csv").contains("Nothing was stored.");
        assertThat(view.preview.isVisible()).isFalse();
    }

    @Test
    void connections_email_addresses_are_kept_only_when_the_trainee_ticks_the_box_on_the_preview() {
        ImportView view = _get(ImportView.class);
        String export = ExportFiles.PREAMBLE
                + "Omar,Dubois,https://www.linkedin.com/in/omar-1,omar@example.com,Halcyon,Manager,07 Jan 2020\n";
        view.received("Connections.csv", ExportFiles.write(export));
        assertThat(view.keepEmails.isVisible()).isTrue();
        assertThat(view.keepEmails.getValue()).as("off by default").isFalse();
        view.store();
        assertThat(exercise.myDataCsv()).doesNotContain("omar@example.com");

        navigate("exercise/import");
        view = _get(ImportView.class);
        view.received("Connections.csv", ExportFiles.write(export));
        view.keepEmails.setValue(true);
        view.store();
        assertThat(exercise.myDataCsv()).contains("omar@example.com");
    }

    @Test
    void a_refused_file_says_what_is_wrong_and_what_to_do_and_stores_nothing() {
        ImportView view = _get(ImportView.class);
        view.received("Connections.csv", ExportFiles.write(""));

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(rendered(view.refusal)).contains("The file is empty. Upload the Connections.csv from your LinkedIn export.")
                .contains("Nothing was stored.");
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(exercise.count(ConnectionFilter.ALL)).isZero();
    }

    @Test
    void refusals_name_a_recognised_file_count_rows_as_numbers_and_keep_apostrophes() {
        _get(ImportView.class);
        var named = ImportRefusedException.of(Reason.NOT_A_CONNECTIONS_EXPORT, "The file", "messages.csv");
        assertThat(Refusals.message(named)).startsWith("This is LinkedIn's messages.csv, not a connections export.");
        var rows = ImportRefusedException.of(Reason.TOO_MANY_ROWS, "The file", "30001");
        assertThat(Refusals.message(rows)).startsWith("The file has 30,001 rows;");
        var preamble = ImportRefusedException.of(Reason.PREAMBLE_ONLY, "The file", "");
        assertThat(Refusals.message(preamble)).contains("LinkedIn's notes");
    }

    @Test
    void a_small_zip_that_unpacks_too_large_is_refused_naming_the_entry_inside_it() throws Exception {
        Path bomb = Files.createTempFile("bomb", ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("Basic_LinkedInDataExport/Connections.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int megabytes = 0; megabytes < 20; megabytes++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        ImportView view = _get(ImportView.class);

        view.received("export.zip", bomb);

        assertThat(rendered(view.refusal)).contains("Connections.csv inside the zip unpacks to more than 10 MB,")
                .doesNotContain("The file is larger than").contains("Nothing was stored.");
        var others = ImportRefusedException.of(Reason.ZIP_UNPACKS_TOO_LARGE, "The zip", "100");
        assertThat(Refusals.message(others)).startsWith("The zip unpacks to more than 100 MB besides Connections.csv");
    }

    @Test
    void the_uploaded_file_and_its_folder_go_when_cancelled_refused_or_stored() throws Exception {
        ImportView view = _get(ImportView.class);
        String export = ExportFiles.PREAMBLE + ExportFiles.row("Omar", "Dubois", "omar-1", "Halcyon", "07 Jan 2020");

        Path cancelled = uploaded(export);
        view.received("Connections.csv", cancelled);
        assertThat(cancelled).exists();
        view.cancel.click();
        assertThat(cancelled.getParent()).doesNotExist();

        Path refused = uploaded("");
        view.received("Connections.csv", refused);
        assertThat(refused.getParent()).doesNotExist();

        Path replaced = uploaded(export);
        view.received("Connections.csv", replaced);
        view.refusedAsTooLarge();
        assertThat(replaced.getParent()).doesNotExist();
        assertThat(rendered(view.refusal)).contains("The file is larger than 10 MB, too large to import.")
                .contains("Nothing was stored.");

        Path stored = uploaded(export);
        view.received("Connections.csv", stored);
        view.store();
        assertThat(stored.getParent()).doesNotExist();
        assertThat(exercise.count(ConnectionFilter.ALL)).isEqualTo(1);
    }

    private static Path fixture(String name) throws Exception {
        Path file = BoundedUpload.temporaryFile();
        try (var in = ImportViewTest.class.getResourceAsStream("/linkedin-exports/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static Path uploaded(String content) throws Exception {
        Path file = BoundedUpload.temporaryFile();
        Files.writeString(file, content);
        return file;
    }
}
