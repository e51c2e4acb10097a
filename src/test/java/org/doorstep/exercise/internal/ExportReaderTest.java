package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.doorstep.base.RefusalText.english;
import static org.doorstep.exercise.internal.ConnectionsCsvParserTest.fixture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.doorstep.exercise.ImportRefusedException;
import org.doorstep.exercise.ImportRefusedException.Reason;
import org.junit.jupiter.api.Test;

class ExportReaderTest {

    private static final String CONNECTIONS = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Omar,Dubois,https://www.linkedin.com/in/omar-dubois-a6a3a450,,Halcyon,Consultant,07 Jan 2020\n";

    private static ExportContents read(byte[] bytes, String fileName) {
        return ExportReader.read(new ByteArrayInputStream(bytes), fileName);
    }

    private static ImportRefusedException refusal(byte[] bytes, String fileName) {
        Throwable thrown = catchThrowable(() -> read(bytes, fileName));
        assertThat(thrown).isInstanceOf(ImportRefusedException.class);
        return (ImportRefusedException) thrown;
    }

    /** A zip of the given entries, each written by its own writer so that large ones never sit in memory. */
    private static byte[] zip(Map<String, EntryWriter> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, EntryWriter> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                entry.getValue().write(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static EntryWriter text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static EntryWriter zeros(long count) {
        return out -> {
            byte[] chunk = new byte[1024 * 1024];
            for (long written = 0; written < count; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, count - written));
            }
        };
    }

    interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void a_linkedin_zip_yields_its_connections_and_the_people_messaged() {
        ExportContents contents = read(fixture("basic-export.zip"), "Basic_LinkedInDataExport_11-26-2026.zip");

        assertThat(contents.connections().format()).isEqualTo(ExportFormat.CURRENT);
        assertThat(contents.connections().connections()).extracting(ParsedConnection::line,
                ParsedConnection::firstName).containsExactly(tuple(5, "Omar"), tuple(6, "Siobhán"), tuple(7, "Noah"));
        assertThat(contents.connections().skipped()).containsExactly(
                new SkippedRow(8, "no name: a hidden or closed profile"));
        assertThat(contents.messaged().profileUrls()).hasSize(6).doesNotContain(
                "https://www.linkedin.com/in/alex-morgan-0a1b2c3d");
        assertThat(contents.connections().connections())
                .filteredOn(connection -> contents.messaged().profileUrls().contains(connection.profileUrl()))
                .extracting(ParsedConnection::firstName).containsExactly("Omar", "Siobhán");
    }

    @Test
    void a_zip_is_known_by_its_bytes_whatever_its_name() {
        ExportContents contents = read(fixture("basic-export.zip"), "Connections.csv");

        assertThat(contents.connections().connections()).hasSize(3);
        assertThat(contents.messaged().names()).contains("omar dubois");
    }

    @Test
    void a_lone_connections_csv_is_read_and_brings_no_messages() {
        ExportContents contents = read(fixture("current.csv"), "Connections.csv");

        assertThat(contents.connections().connections()).hasSize(5);
        assertThat(contents.messaged()).isEqualTo(MessagedContacts.NONE);
    }

    @Test
    void a_lone_csv_keeps_the_parsers_refusals() {
        assertThat(refusal(fixture("messages.csv"), "messages.csv").detail()).isEqualTo("messages.csv");
        assertThat(refusal(fixture("picture.png"), null).reason()).isEqualTo(Reason.NOT_TEXT);
    }

    @Test
    void entry_names_are_matched_in_any_folder_and_any_case_and_messages_are_optional() {
        ExportContents contents = read(zip(Map.of("export/deep/CONNECTIONS.CSV", text(CONNECTIONS))), "x.zip");

        assertThat(contents.connections().connections()).extracting(ParsedConnection::lastName)
                .containsExactly("Dubois");
        assertThat(contents.messaged()).isEqualTo(MessagedContacts.NONE);
    }

    @Test
    void files_that_only_end_in_connections_csv_or_mac_attribute_files_are_not_taken_for_it() {
        Map<String, EntryWriter> entries = new LinkedHashMap<>();
        entries.put("__MACOSX/Basic_LinkedInDataExport_11-26-2026/._Connections.csv", out -> out.write(new byte[] {0, 5, 22, 7, (byte) 0xff}));
        entries.put("Basic_LinkedInDataExport_11-26-2026/._Connections.csv", out -> out.write(new byte[] {0, 5, 22, 7}));
        entries.put("Basic_LinkedInDataExport_11-26-2026/Imported_Connections.csv", text("Item,Price\nTea,3\n"));
        entries.put("Basic_LinkedInDataExport_11-26-2026/Connections.csv", text(CONNECTIONS));
        entries.put("Basic_LinkedInDataExport_11-26-2026/guide_messages.csv", text("nothing,here\n"));

        ExportContents contents = read(zip(entries), "export.zip");

        assertThat(contents.connections().connections()).extracting(ParsedConnection::lastName)
                .containsExactly("Dubois");
        assertThat(contents.messaged()).isEqualTo(MessagedContacts.NONE);
    }

    @Test
    void a_zip_without_connections_csv_is_refused() {
        ImportRefusedException refused = refusal(fixture("no-connections.zip"), "export.zip");

        assertThat(refused.reason()).isEqualTo(Reason.NO_CONNECTIONS_IN_ZIP);
        assertThat(english(refused)).contains("no Connections.csv");
    }

    @Test
    void an_empty_zip_archive_is_refused_as_holding_no_connections() {
        assertThat(refusal(zip(Map.of()), "export.zip").reason()).isEqualTo(Reason.NO_CONNECTIONS_IN_ZIP);
    }

    @Test
    void a_truncated_zip_is_refused_as_broken() {
        byte[] whole = fixture("basic-export.zip");

        ImportRefusedException refused = refusal(Arrays.copyOf(whole, whole.length / 2), "export.zip");

        assertThat(refused.reason()).isEqualTo(Reason.BROKEN_ZIP);
        assertThat(english(refused)).contains("damaged or incomplete");
    }

    @Test
    void a_zip_with_damaged_compressed_data_is_refused_as_broken() {
        byte[] damaged = zip(Map.of("Connections.csv", text(CONNECTIONS.repeat(50))));
        for (int i = 60; i < 120; i++) {
            damaged[i] ^= (byte) 0x5a;
        }

        assertThat(refusal(damaged, "export.zip").reason()).isEqualTo(Reason.BROKEN_ZIP);
    }

    @Test
    void a_file_named_zip_that_is_not_one_is_refused_as_broken_and_an_empty_one_as_empty() {
        assertThat(refusal(fixture("current.csv"), "Export.ZIP").reason()).isEqualTo(Reason.BROKEN_ZIP);
        assertThat(refusal(new byte[0], "export.zip").reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void a_zip_of_more_than_1000_entries_is_refused_as_broken() {
        Map<String, EntryWriter> entries = new LinkedHashMap<>();
        entries.put("Connections.csv", text(CONNECTIONS));
        for (int i = 0; i < 1000; i++) {
            entries.put("filler/" + i + ".csv", text("x"));
        }

        ImportRefusedException refused = refusal(zip(entries), "export.zip");

        assertThat(refused.reason()).isEqualTo(Reason.BROKEN_ZIP);
        assertThat(english(refused)).contains("more than 1,000 files");
    }

    @Test
    void a_zip_of_exactly_1000_entries_is_read() {
        Map<String, EntryWriter> entries = new LinkedHashMap<>();
        entries.put("Connections.csv", text(CONNECTIONS));
        for (int i = 0; i < 999; i++) {
            entries.put("filler/" + i + ".csv", text("x"));
        }

        assertThat(read(zip(entries), "export.zip").connections().connections()).hasSize(1);
    }

    @Test
    void a_small_zip_whose_connections_csv_unpacks_to_gigabytes_is_refused_naming_the_entry_not_the_file() {
        byte[] bomb = zip(Map.of("Basic/Connections.csv", zeros(1200L * 1024 * 1024)));
        assertThat(bomb.length).isLessThan(4 * 1024 * 1024);

        ImportRefusedException refused = refusal(bomb, "export.zip");

        assertThat(refused.reason()).isEqualTo(Reason.UNPACKS_TOO_LARGE);
        assertThat(refused.detail()).isEqualTo("Connections.csv");
        assertThat(english(refused)).startsWith("Connections.csv inside the zip unpacks to more than 10 MB");
    }

    @Test
    void a_connections_entry_just_past_10_mb_is_refused_as_unpacking_too_large() {
        ImportRefusedException refused = refusal(zip(Map.of("Connections.csv", zeros(10L * 1024 * 1024 + 1))),
                "export.zip");

        assertThat(refused.reason()).isEqualTo(Reason.UNPACKS_TOO_LARGE);
    }

    @Test
    void a_messages_entry_that_unpacks_past_64_mb_is_refused_naming_it() {
        Map<String, EntryWriter> entries = new LinkedHashMap<>();
        entries.put("Connections.csv", text(CONNECTIONS));
        entries.put("messages.csv", zeros(64L * 1024 * 1024 + 1));

        ImportRefusedException refused = refusal(zip(entries), "export.zip");

        assertThat(refused.reason()).isEqualTo(Reason.UNPACKS_TOO_LARGE);
        assertThat(refused.detail()).isEqualTo("messages.csv");
        assertThat(english(refused)).startsWith("messages.csv inside the zip unpacks to more than 64 MB");
    }

    @Test
    void other_entries_that_unpack_past_100_mb_in_all_are_refused_as_the_zip_unpacking_too_large() {
        Map<String, EntryWriter> entries = new LinkedHashMap<>();
        entries.put("Rich_Media.csv", zeros(60L * 1024 * 1024));
        entries.put("Ad_Targeting.csv", zeros(41L * 1024 * 1024));
        entries.put("Connections.csv", text(CONNECTIONS));

        ImportRefusedException refused = refusal(zip(entries), "export.zip");

        assertThat(refused.reason()).isEqualTo(Reason.ZIP_UNPACKS_TOO_LARGE);
        assertThat(refused.detail()).isEqualTo("100");
        assertThat(english(refused)).startsWith("The zip unpacks to more than 100 MB besides Connections.csv");
    }

    @Test
    void a_large_entry_that_is_not_read_does_not_refuse_the_zip() {
        Map<String, EntryWriter> entries = new LinkedHashMap<>();
        entries.put("SearchQueries.csv", zeros(20L * 1024 * 1024));
        entries.put("Connections.csv", text(CONNECTIONS));

        assertThat(read(zip(entries), "export.zip").connections().connections()).hasSize(1);
    }

    @Test
    void a_broken_messages_csv_in_the_zip_is_refused_naming_it() {
        Map<String, EntryWriter> entries = new LinkedHashMap<>();
        entries.put("Connections.csv", text(CONNECTIONS));
        entries.put("messages.csv", out -> out.write(fixture("picture.png")));

        ImportRefusedException refused = refusal(zip(entries), "export.zip");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_TEXT);
        assertThat(refused.getMessage()).startsWith("messages.csv in the zip: ");
        assertThat(english(refused)).contains("is not UTF-8 text");
    }

    @Test
    void a_connections_csv_in_the_zip_keeps_the_parsers_refusals_naming_the_entry() {
        ImportRefusedException refused = refusal(zip(Map.of("Connections.csv", text("Notes:\n\"n\"\n"))), "e.zip");

        assertThat(refused.reason()).isEqualTo(Reason.PREAMBLE_ONLY);
        assertThat(refused.getMessage()).startsWith("Connections.csv in the zip: ");
        assertThat(english(refused)).contains("only LinkedIn's notes");
    }

    @Test
    void a_linkedin_zip_yields_who_invited_whom() {
        ExportContents contents = read(fixture("basic-export.zip"), "Basic_LinkedInDataExport_11-26-2026.zip");

        assertThat(contents.invitations().with("https://www.linkedin.com/in/omar-dubois-a6a3a450", "omar dubois"))
                .isEqualTo(new Invitations.Invitation(false, null));
    }

    @Test
    void a_broken_or_oversized_invitations_file_leaves_the_connections_and_messages_to_import() {
        byte[] broken = zip(Map.of("Connections.csv", text(CONNECTIONS),
                "Invitations.csv", out -> out.write(fixture("invitations-broken.csv")),
                "messages.csv", out -> out.write(fixture("messages.csv"))));
        ExportContents contents = read(broken, "export.zip");
        assertThat(contents.connections().connections()).hasSize(1);
        assertThat(contents.invitations()).isEqualTo(Invitations.NONE);
        assertThat(contents.messaged().profileUrls()).contains("https://www.linkedin.com/in/omar-dubois-a6a3a450");

        byte[] huge = zip(Map.of("Connections.csv", text(CONNECTIONS),
                "Invitations.csv", zeros(ExportText.MAX_BYTES + 10L)));
        assertThat(read(huge, "export.zip").invitations()).isEqualTo(Invitations.NONE);
    }
}
