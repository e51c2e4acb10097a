package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.doorstep.base.RefusalText.english;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.doorstep.exercise.ExportGenerator;
import org.doorstep.exercise.ImportRefusedException;
import org.doorstep.exercise.ImportRefusedException.Reason;
import org.junit.jupiter.api.Test;

class ConnectionsCsvParserTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    static byte[] fixture(String name) {
        try (InputStream in = ConnectionsCsvParserTest.class.getResourceAsStream("/linkedin-exports/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConnectionsFile parseFixture(String name) {
        return ConnectionsCsvParser.parse(new ByteArrayInputStream(fixture(name)));
    }

    private static ConnectionsFile parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ConnectionsFile parse(byte[] bytes) {
        return ConnectionsCsvParser.parse(new ByteArrayInputStream(bytes));
    }

    private static ImportRefusedException refusal(byte[] bytes) {
        Throwable thrown = catchThrowable(() -> parse(bytes));
        assertThat(thrown).isInstanceOf(ImportRefusedException.class);
        return (ImportRefusedException) thrown;
    }

    private static ImportRefusedException refusalOfFixture(String name) {
        return refusal(fixture(name));
    }

    // --- reading ---

    @Test
    void a_current_export_is_read_with_every_column_after_its_preamble() {
        ConnectionsFile file = parseFixture("current.csv");

        assertThat(file.format()).isEqualTo(ExportFormat.CURRENT);
        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).containsExactly(
                new ParsedConnection(5, "Omar", "Dubois", "https://www.linkedin.com/in/omar-dubois-a6a3a450",
                        "omar.dubois@example.com", "Halcyon Health NHS Trust", "Consultant", LocalDate.of(2020, 1, 7)),
                new ParsedConnection(6, "Ravi", "García", "https://www.linkedin.com/in/ravi-garcía-099950d8",
                        null, "Kestrel Energy", "Account Executive", LocalDate.of(2009, 7, 26)),
                new ParsedConnection(7, "Fatima", "Okafor", "https://www.linkedin.com/in/fatima-okafor-6b4cb242",
                        null, "Pinnacle Print, Inc.", "Nurse", LocalDate.of(2020, 10, 20)),
                new ParsedConnection(8, "Hannah", "Walker", "https://www.linkedin.com/in/hannah-walker-10a3d6b2",
                        null, null, "Teacher", LocalDate.of(2014, 12, 1)),
                new ParsedConnection(9, "James", "Wilson", "https://www.linkedin.com/in/James-Wilson-90fbbd11",
                        null, "Vantage Media", null, LocalDate.of(2023, 6, 27)));
    }

    @Test
    void a_file_with_a_preamble_of_any_length_is_read_from_its_header() {
        String preamble = """
                Notes:
                "First note line"
                "Second note line, with a comma"

                "A note that LinkedIn added later"

                """;
        ConnectionsFile file = parse(preamble + HEADER
                + "Omar,Dubois,https://www.linkedin.com/in/omar-dubois-a6a3a450,,Halcyon,Consultant,07 Jan 2020\n");

        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::lastName)
                .containsExactly(tuple(8, "Dubois"));
    }

    @Test
    void a_legacy_export_without_preamble_or_url_column_is_read_by_column_names() {
        ConnectionsFile file = parseFixture("legacy.csv");

        assertThat(file.format()).isEqualTo(ExportFormat.LEGACY);
        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).containsExactly(
                new ParsedConnection(2, "Anna", "Kowalska", null, "anna.kowalska@example.com", "Wisła Logistics",
                        "Driver", LocalDate.of(2015, 3, 3)),
                new ParsedConnection(3, "Tom", "Baker", null, null, "Baker & Sons, Ltd", "Owner",
                        LocalDate.of(2011, 11, 14)),
                new ParsedConnection(4, "Grace", "Hopper", null, null, null, "Retired", LocalDate.of(2006, 12, 9)));
    }

    @Test
    void columns_are_found_by_name_whatever_their_order_case_and_surrounding_spaces() {
        ConnectionsFile file = parse("""
                connected on, POSITION ,Tags,url,company,last name,first name,email address
                08 Feb 2026,Teacher,vip,https://www.linkedin.com/in/ana-silva-11aa22bb,Acme,Silva,Ana,ana@example.com
                """);

        assertThat(file.format()).isEqualTo(ExportFormat.CURRENT);
        assertThat(file.connections()).containsExactly(new ParsedConnection(2, "Ana", "Silva",
                "https://www.linkedin.com/in/ana-silva-11aa22bb", "ana@example.com", "Acme", "Teacher",
                LocalDate.of(2026, 2, 8)));
    }

    @Test
    void a_byte_order_mark_before_the_header_is_ignored() {
        assertThat(fixture("bom.csv")).startsWith(0xEF, 0xBB, 0xBF);

        ConnectionsFile file = parseFixture("bom.csv");

        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::firstName,
                ParsedConnection::company).containsExactly(tuple(2, "Órla", "Cló Press"), tuple(3, "Peter", "Quinn Farms"));
    }

    @Test
    void windows_line_ends_are_read_like_unix_ones() {
        String raw = new String(fixture("crlf.csv"), StandardCharsets.UTF_8);
        assertThat(raw).contains("\r\n");
        assertThat(raw.replace("\r\n", "")).doesNotContain("\n");

        ConnectionsFile file = parseFixture("crlf.csv");

        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::company,
                ParsedConnection::position, ParsedConnection::connectedOn).containsExactly(
                tuple(5, "Halcyon Health, NHS Trust", "Consultant", LocalDate.of(2020, 1, 7)),
                tuple(6, "Atlas Ventures", "Founder\r\nand CEO", LocalDate.of(2021, 11, 11)),
                tuple(8, "Meridian Bank plc", "Head of Marketing", LocalDate.of(2009, 12, 4)));
    }

    @Test
    void quoted_commas_doubled_quotes_and_line_breaks_inside_quotes_are_values() {
        ConnectionsFile file = parseFixture("quoting.csv");

        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::lastName,
                ParsedConnection::company, ParsedConnection::position).containsExactly(
                tuple(2, "Okafor", "Pinnacle Print, Inc.", "Nurse, Night Shift"),
                tuple(3, "O'Connor", "The \"Good\" Bakery", "Head of \"Growth\""),
                tuple(4, "Haddad", "Atlas Ventures", "Founder\nand CEO"),
                tuple(6, "Adams", null, "Designer"));
    }

    @Test
    void names_in_any_script_and_emoji_survive_untouched() {
        ConnectionsFile file = parseFixture("many-scripts.csv");

        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).extracting(ParsedConnection::firstName, ParsedConnection::lastName,
                ParsedConnection::company, ParsedConnection::position).containsExactly(
                tuple("Siobhán", "Ní Bhriain", "Cló Iar-Chonnacht", "Eagarthóir"),
                tuple("Łukasz", "Wróbel-Żak", "Żabka Polska", "Kierownik sklepu"),
                tuple("伟", "王", "华为技术有限公司", "软件工程师"),
                tuple("محمد", "العلي", "شركة الاتصالات السعودية", "مهندس"),
                tuple("Δημήτρης", "Παπαδόπουλος", "Ελληνικά Πετρέλαια", "Μηχανικός"),
                tuple("प्रिया", "शर्मा", "टाटा कंसल्टेंसी", "प्रबंधक"),
                tuple("Sam 🚀", "Lee 👩‍💻", "株式会社サンプル", "Builder, Dreamer ✨"));
        assertThat(file.connections()).extracting(ParsedConnection::profileUrl).containsExactly(
                "https://www.linkedin.com/in/siobhán-ní-bhriain-12ab34cd",
                "https://www.linkedin.com/in/łukasz-wróbel-żak-56ef78ab",
                "https://www.linkedin.com/in/王伟-9a8b7c6d",
                "https://www.linkedin.com/in/mohammed-alali-1c2d3e4f",
                "https://www.linkedin.com/in/dimitris-papadopoulos-5a6b7c8d",
                "https://www.linkedin.com/in/priya-sharma-0f1e2d3c",
                "https://www.linkedin.com/in/sam-lee-4b5a6978");
    }

    @Test
    void blank_lines_between_rows_are_ignored_but_counted_in_line_numbers() {
        ConnectionsFile file = parseFixture("blank-lines.csv");

        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::firstName)
                .containsExactly(tuple(6, "Omar"), tuple(10, "Mei"));
    }

    @Test
    void a_one_digit_day_and_a_month_in_capitals_are_read() {
        ConnectionsFile file = parse(HEADER
                + "Ana,Silva,https://www.linkedin.com/in/ana-silva-11aa22bb,,Acme,Developer,8 FEB 2026\n"
                + "Ben,Jones,https://www.linkedin.com/in/ben-jones-33cc44dd,,Acme,Developer,29 Feb 2024\n");

        assertThat(file.connections()).extracting(ParsedConnection::connectedOn)
                .containsExactly(LocalDate.of(2026, 2, 8), LocalDate.of(2024, 2, 29));
    }

    // --- rows left out, the file kept ---

    @Test
    void a_row_without_a_name_is_skipped_as_a_hidden_profile() {
        ConnectionsFile file = parseFixture("hidden-profile.csv");

        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::firstName)
                .containsExactly(tuple(5, "Omar"), tuple(7, "Mei"));
        assertThat(file.skipped()).containsExactly(
                new SkippedRow(6, "no name: a hidden or closed profile"),
                new SkippedRow(8, "no name: a hidden or closed profile"));
    }

    @Test
    void a_row_with_only_a_first_or_only_a_last_name_is_kept() {
        ConnectionsFile file = parse(HEADER
                + "Cher,,https://www.linkedin.com/in/cher-11aa22bb,,,Singer,20 May 2019\n"
                + ",Sukarno,https://www.linkedin.com/in/sukarno-33cc44dd,,,,21 May 2019\n");

        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).extracting(ParsedConnection::firstName, ParsedConnection::lastName)
                .containsExactly(tuple("Cher", null), tuple(null, "Sukarno"));
    }

    @Test
    void an_unreadable_or_missing_date_skips_the_row_and_quotes_the_value() {
        ConnectionsFile file = parseFixture("bad-date.csv");

        assertThat(file.skipped()).containsExactly(
                new SkippedRow(2, "unreadable date '31 Foo 2020' (expected like 08 Feb 2026 or 2026-02-08)"),
                new SkippedRow(3, "unreadable date '31 Feb 2021' (expected like 08 Feb 2026 or 2026-02-08)"),
                new SkippedRow(4, "no Connected On date (expected like 08 Feb 2026 or 2026-02-08)"),
                new SkippedRow(5, "unreadable date '2020-02-30' (expected like 08 Feb 2026 or 2026-02-08)"));
        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::connectedOn)
                .containsExactly(tuple(6, LocalDate.of(2026, 2, 8)));
    }

    @Test
    void iso_dates_are_read_beside_linkedins_own_form() {
        ConnectionsFile file = parseFixture("iso-dates.csv");

        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).extracting(ParsedConnection::connectedOn)
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 4, 2), LocalDate.of(2024, 12, 31));
    }

    @Test
    void a_file_whose_every_row_is_skipped_is_read_with_no_connections_and_every_reason() {
        ConnectionsFile file = parseFixture("all-skipped.csv");

        assertThat(file.connections()).isEmpty();
        assertThat(file.skipped()).extracting(SkippedRow::line).containsExactly(2, 3, 4);
    }

    @Test
    void a_field_longer_than_500_characters_skips_the_row() {
        ConnectionsFile file = parseFixture("long-field.csv");

        assertThat(file.skipped()).containsExactly(
                new SkippedRow(2, "the Company field is longer than 500 characters"));
        assertThat(file.connections()).extracting(ParsedConnection::firstName).containsExactly("Ben");
    }

    @Test
    void a_field_of_500_characters_is_kept_counting_an_emoji_as_one() {
        String fiveHundredRockets = "🚀".repeat(500);
        ConnectionsFile file = parse(HEADER
                + "Ana,Silva,https://www.linkedin.com/in/ana-silva-11aa22bb,,\"" + "x".repeat(500) + "\",Dev,02 Feb 2022\n"
                + "Ben,Jones,https://www.linkedin.com/in/ben-jones-33cc44dd,,Acme," + fiveHundredRockets + ",03 Mar 2023\n"
                + "Cara,Lee,https://www.linkedin.com/in/cara-lee-55ee66ff,,Acme," + fiveHundredRockets + "!,04 Apr 2024\n");

        assertThat(file.connections()).extracting(ParsedConnection::firstName).containsExactly("Ana", "Ben");
        assertThat(file.connections().get(1).position()).isEqualTo(fiveHundredRockets);
        assertThat(file.skipped()).containsExactly(
                new SkippedRow(4, "the Position field is longer than 500 characters"));
    }

    @Test
    void an_address_outside_linkedin_skips_the_row_and_a_blank_one_leaves_the_url_empty() {
        ConnectionsFile file = parseFixture("bad-url.csv");

        assertThat(file.skipped()).containsExactly(
                new SkippedRow(3, "the URL is not a LinkedIn profile address"),
                new SkippedRow(4, "the URL is not a LinkedIn profile address"));
        assertThat(file.connections()).extracting(ParsedConnection::firstName, ParsedConnection::profileUrl)
                .containsExactly(tuple("Ana", "https://www.linkedin.com/in/ana-silva-11aa22bb"), tuple("Dev", null));
    }

    @Test
    void a_row_shifted_by_a_comma_outside_quotes_is_skipped_and_a_trailing_empty_value_is_harmless() {
        ConnectionsFile file = parse(HEADER
                + "Fatima,Okafor,https://www.linkedin.com/in/fatima-okafor-6b4cb242,,Pinnacle Print, Inc.,Nurse,20 Oct 2020\n"
                + "Omar,Dubois,https://www.linkedin.com/in/omar-dubois-a6a3a450,,Halcyon,Consultant,07 Jan 2020,\n");

        assertThat(file.skipped()).containsExactly(new SkippedRow(2,
                "the row has 8 values but the heading has 7: probably a comma outside quotes"));
        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::lastName)
                .containsExactly(tuple(3, "Dubois"));
    }

    @Test
    void a_short_row_reads_its_missing_columns_as_empty() {
        ConnectionsFile file = parse("First Name,Last Name,Connected On,URL,Email Address,Company,Position\n"
                + "Ana,Silva,02 Feb 2022\n");

        assertThat(file.connections()).containsExactly(new ParsedConnection(2, "Ana", "Silva", null, null, null,
                null, LocalDate.of(2022, 2, 2)));
    }

    @Test
    void one_bad_row_never_sinks_the_file_and_every_problem_keeps_its_own_line() {
        ConnectionsFile file = parse("Notes:\n\"n\"\n\n" + HEADER
                + "Ana,Silva,https://www.linkedin.com/in/ana-silva-11aa22bb,,Acme,Dev,02 Feb 2022\n"
                + ",,,,,,24 May 2011\n"
                + "Ben,Jones,https://www.linkedin.com/in/ben-jones-33cc44dd,,\"Acme\nLtd\",Dev,31 Foo 2020\n"
                + "\n"
                + "Cara,Lee,https://example.com/cara,,Acme,Dev,04 Apr 2024\n"
                + "Dev,Patel,https://www.linkedin.com/in/dev-patel-77aa88bb,,Acme," + "y".repeat(501) + ",05 May 2025\n"
                + "Eve,Martin,https://www.linkedin.com/in/eve-martin-99cc00dd,,Acme,Dev,06 Jun 2026\n");

        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::firstName)
                .containsExactly(tuple(5, "Ana"), tuple(12, "Eve"));
        assertThat(file.skipped()).extracting(SkippedRow::line).containsExactly(6, 7, 10, 11);
    }

    // --- refusals ---

    @Test
    void an_empty_file_is_refused_as_empty() {
        ImportRefusedException refused = refusalOfFixture("empty.csv");

        assertThat(refused.reason()).isEqualTo(Reason.EMPTY);
        assertThat(refused.detail()).isEmpty();
        assertThat(english(refused)).startsWith("The file is empty.").contains("Connections.csv");
    }

    @Test
    void a_file_of_only_whitespace_or_a_byte_order_mark_is_refused_as_empty() {
        assertThat(refusal("\uFEFF \n\r\n\t\n".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal("\uFEFF".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void a_file_with_only_the_notes_preamble_is_refused_as_preamble_only() {
        ImportRefusedException refused = refusalOfFixture("preamble-only.csv");

        assertThat(refused.reason()).isEqualTo(Reason.PREAMBLE_ONLY);
        assertThat(english(refused)).contains("only LinkedIn's notes");
    }

    @Test
    void a_header_without_rows_is_refused_as_containing_no_connections() {
        ImportRefusedException refused = refusalOfFixture("header-only.csv");

        assertThat(refused.reason()).isEqualTo(Reason.PREAMBLE_ONLY);
        assertThat(english(refused)).contains("contains no connections");
    }

    @Test
    void messages_csv_is_refused_and_named() {
        ImportRefusedException refused = refusalOfFixture("messages.csv");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_A_CONNECTIONS_EXPORT);
        assertThat(refused.detail()).isEqualTo("messages.csv");
        assertThat(english(refused)).isEqualTo("This is LinkedIn's messages.csv, not a connections export."
                + " Upload Connections.csv (or the whole zip) instead.");
    }

    @Test
    void invitations_csv_is_refused_and_named() {
        ImportRefusedException refused = refusalOfFixture("Invitations.csv");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_A_CONNECTIONS_EXPORT);
        assertThat(refused.detail()).isEqualTo("Invitations.csv");
    }

    @Test
    void profile_csv_with_first_and_last_name_but_no_connected_on_is_refused_and_named() {
        ImportRefusedException refused = refusal(("First Name,Last Name,Maiden Name,Headline\n"
                + "Alex,Morgan,,Trainer\n").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.NOT_A_CONNECTIONS_EXPORT);
        assertThat(refused.detail()).isEqualTo("Profile.csv");
    }

    @Test
    void a_csv_of_something_else_is_refused_naming_the_columns_it_has() {
        ImportRefusedException refused = refusal("Item,Price\nTea,3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.COLUMNS_NOT_RECOGNISED);
        assertThat(refused.detail()).isEqualTo("Item, Price");
    }

    @Test
    void a_text_of_one_column_is_refused_as_not_a_connections_export() {
        ImportRefusedException refused = refusal("Shopping list\nTea\nMilk\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.NOT_A_CONNECTIONS_EXPORT);
        assertThat(refused.detail()).isEmpty();
        assertThat(english(refused)).contains("First Name, Last Name and Connected On");
    }

    @Test
    void a_connections_csv_with_translated_headings_is_refused_naming_the_expected_and_the_found_columns() {
        ImportRefusedException refused = refusalOfFixture("translated-headings.csv");

        assertThat(refused.reason()).isEqualTo(Reason.COLUMNS_NOT_RECOGNISED);
        assertThat(refused.detail())
                .isEqualTo("Prénom, Nom, URL, Adresse e-mail, Entreprise, Poste, Date de connexion");
        assertThat(english(refused)).contains("Found: Prénom, Nom,")
                .contains("Expected (in English): First Name, Last Name, URL, Email Address, Company, Position, Connected On.");
    }

    @Test
    void a_very_wide_unknown_heading_is_quoted_short() {
        String wide = String.join(",", java.util.Collections.nCopies(20, "x".repeat(60))) + "\n1,2\n";

        String detail = refusal(wide.getBytes(StandardCharsets.UTF_8)).detail();

        assertThat(detail).endsWith(", …").hasSizeLessThan(12 * 44 + 3);
    }

    @Test
    void notes_followed_by_other_content_is_not_taken_for_a_preamble() {
        ImportRefusedException refused = refusal("Notes:\n\"a note\"\n\nItem,Price\nTea,3\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.COLUMNS_NOT_RECOGNISED);
        assertThat(refused.detail()).isEqualTo("Item, Price");
    }

    @Test
    void a_picture_is_refused_as_not_text() {
        ImportRefusedException refused = refusalOfFixture("picture.png");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_TEXT);
        assertThat(english(refused)).contains("not UTF-8 text");
    }

    @Test
    void linkedins_utf8_is_read_as_utf8() {
        assertThat(ConnectionsCsvParser.tokenize(new ByteArrayInputStream(fixture("current.csv")), "The file").charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void a_connections_csv_re_saved_as_windows_1252_is_read_with_its_accents_and_pound_sign() {
        var tokenized = ConnectionsCsvParser.tokenize(new ByteArrayInputStream(fixture("windows-1252.csv")), "The file");
        ConnectionsFile file = tokenized.convertAll();

        assertThat(tokenized.charset()).isEqualTo(ExportText.WINDOWS_1252);
        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).extracting(ParsedConnection::line, ParsedConnection::firstName,
                        ParsedConnection::lastName, ParsedConnection::company, ParsedConnection::connectedOn)
                .containsExactly(tuple(5, "Zoë", "Dupré", "Café £ Co", LocalDate.of(2025, 4, 2)),
                        tuple(6, "Siobhán", "Ó Briain", "Acme", LocalDate.of(2019, 3, 11)));
    }

    @Test
    void excels_unicode_text_utf16_with_its_mark_and_tabs_is_read_like_the_comma_separated_file() {
        var tokenized = ConnectionsCsvParser.tokenize(new ByteArrayInputStream(fixture("utf16-tabs.csv")), "The file");
        ConnectionsFile file = tokenized.convertAll();

        assertThat(tokenized.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(file.format()).isEqualTo(ExportFormat.CURRENT);
        assertThat(file.skipped()).isEmpty();
        assertThat(file.connections()).containsExactlyElementsOf(parseFixture("windows-1252.csv").connections());
    }

    @Test
    void utf16_with_its_mark_and_commas_is_read_too() {
        byte[] utf16 = ("\uFEFF" + HEADER + "Zoë,Dupré,https://www.linkedin.com/in/zoe-dupre-1a2b3c4d,,Café £ Co,,02 Apr 2025\n")
                .getBytes(StandardCharsets.UTF_16LE);

        assertThat(parse(utf16).connections()).extracting(ParsedConnection::firstName, ParsedConnection::company)
                .containsExactly(tuple("Zoë", "Café £ Co"));
    }

    @Test
    void utf16_without_its_mark_is_refused_asking_for_utf8() {
        ImportRefusedException refused = refusal(HEADER.getBytes(StandardCharsets.UTF_16LE));

        assertThat(refused.reason()).isEqualTo(Reason.NOT_UTF8);
        assertThat(english(refused)).contains("Save it as UTF-8");
    }

    @Test
    void text_that_is_neither_utf8_nor_windows_1252_is_refused_asking_for_utf8_not_called_binary() {
        // 0x81 0x40 is a Shift-JIS character; Windows-1252 leaves 0x81 undefined.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[] {'A', 'n', 'a', (byte) 0x81, 0x40});
        bytes.writeBytes(",Silva,,,,,08 Feb 2026\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(refusal(bytes.toByteArray()).reason()).isEqualTo(Reason.NOT_UTF8);
    }

    @Test
    void windows_1252_text_with_control_characters_is_refused_as_not_text() {
        byte[] bytes = (HEADER + "Zo\u00EB,Dupr\u00E9,,,,,08 Feb 2026\u0007\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(bytes).reason()).isEqualTo(Reason.NOT_TEXT);
    }

    @Test
    void an_unbalanced_quote_in_the_middle_is_refused_with_the_line_where_it_opens() {
        ImportRefusedException refused = refusalOfFixture("unbalanced-quote.csv");

        assertThat(refused.reason()).isEqualTo(Reason.UNBALANCED_QUOTES);
        assertThat(refused.detail()).isEqualTo("3");
        assertThat(english(refused)).contains("opens on line 3");
    }

    @Test
    void a_quote_left_open_to_the_end_of_the_file_names_the_line_of_the_broken_value() {
        ImportRefusedException refused = refusal((HEADER
                + "Ana,Silva,https://www.linkedin.com/in/ana-silva-11aa22bb,,Acme,Dev,02 Feb 2022\n"
                + "Ben,Jones,https://www.linkedin.com/in/ben-jones-33cc44dd,,Acme,\"Founder\nand CEO\",03 Mar 2023\n"
                + "Cara,Lee,https://www.linkedin.com/in/cara-lee-55ee66ff,,Acme,\"Founder\nand CEO\",\"04 Apr 2024\n"
                + "Dev,Patel,https://www.linkedin.com/in/dev-patel-77aa88bb,,Acme,Dev,05 May 2025\n")
                .getBytes(StandardCharsets.UTF_8));

        // The row starts on line 5; its date opens a quote on line 6 that nothing closes.
        assertThat(refused.reason()).isEqualTo(Reason.UNBALANCED_QUOTES);
        assertThat(refused.detail()).isEqualTo("6");
    }

    @Test
    void a_broken_quote_in_a_file_already_seen_to_be_messages_names_the_file_instead() {
        ImportRefusedException refused = refusal(("FROM,SENDER PROFILE URL,TO,CONTENT\n"
                + "Ana,https://www.linkedin.com/in/ana,Ben,\"Hello\n").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.NOT_A_CONNECTIONS_EXPORT);
        assertThat(refused.detail()).isEqualTo("messages.csv");
    }

    @Test
    void an_export_of_30000_rows_is_read_and_its_hidden_rows_skipped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportGenerator.Written written = ExportGenerator.write(out, 30_000, ExportFormat.CURRENT, 42);

        ConnectionsFile file = parse(out.toByteArray());

        assertThat(written.hiddenRows()).isBetween(150, 450);
        assertThat(file.connections()).hasSize(30_000 - written.hiddenRows());
        assertThat(file.skipped()).hasSize(written.hiddenRows())
                .allSatisfy(row -> assertThat(row.reason()).isEqualTo("no name: a hidden or closed profile"));
        assertThat(file.connections().getFirst().line()).isGreaterThanOrEqualTo(5);
        assertThat(file.connections()).extracting(ParsedConnection::profileUrl).doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(file.connections()).filteredOn(c -> c.email() != null).hasSize(written.rowsWithEmail());
    }

    @Test
    void a_generated_legacy_export_is_read_without_urls() {
        ConnectionsFile file = parse(ExportGenerator.bytes(2_000, ExportFormat.LEGACY, 7));

        assertThat(file.format()).isEqualTo(ExportFormat.LEGACY);
        assertThat(file.connections().size() + file.skipped().size()).isEqualTo(2_000);
        assertThat(file.connections()).extracting(ParsedConnection::profileUrl).containsOnlyNulls();
        assertThat(file.connections().getFirst().line()).isEqualTo(2);
    }

    @Test
    void more_than_30000_rows_are_refused_with_the_count() {
        ImportRefusedException refused = refusal(ExportGenerator.bytes(30_001, ExportFormat.CURRENT, 42));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
        assertThat(refused.detail()).isEqualTo("30001");
        assertThat(english(refused)).contains("30,001 rows").contains("at most 30,000 connections");
    }

    @Test
    void a_generated_export_over_10_mb_is_refused_as_too_large() {
        byte[] export = ExportGenerator.bytes(100_000, ExportFormat.CURRENT, 42);
        assertThat(export.length).isGreaterThan(10 * 1024 * 1024);

        ImportRefusedException refused = refusal(export);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.detail()).isEqualTo("10");
    }

    @Test
    void an_endless_upload_is_refused_after_reading_one_byte_past_10_mb() {
        EndlessStream endless = new EndlessStream();

        assertThatThrownBy(() -> ConnectionsCsvParser.parse(endless))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE));
        assertThat(endless.served).isEqualTo(10L * 1024 * 1024 + 1);
    }

    @Test
    void a_file_of_exactly_10_mb_is_not_refused_for_its_size() {
        String rows = HEADER + "Ana,Silva,https://www.linkedin.com/in/ana-silva-11aa22bb,,Acme,Dev,02 Feb 2022\n";
        byte[] start = rows.getBytes(StandardCharsets.UTF_8);
        byte[] exactly = new byte[10 * 1024 * 1024];
        System.arraycopy(start, 0, exactly, 0, start.length);
        Arrays.fill(exactly, start.length, exactly.length, (byte) ' ');

        assertThat(parse(exactly).connections()).hasSize(1);
    }

    /** Serves 'a' for ever, counting what was read. */
    static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
        }
    }
}
