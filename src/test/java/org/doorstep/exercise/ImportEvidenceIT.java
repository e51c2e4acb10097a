package org.doorstep.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an import stores of the relationship (V018): messages exchanged, who invited whom, the burst weeks. */
class ImportEvidenceIT extends TraineeExerciseIT {

    private static final LocalDate BURST_MONDAY = LocalDate.of(2019, 3, 11);


    ImportEvidenceIT() {
        super("evidence", "Eve Evidence");
    }

    private record Evidence(int messages, Boolean invitedByThem, String note, Integer burstWeek) {
    }

    private Evidence evidence(String firstName) {
        return jdbc.queryForObject("""
                select message_count, invited_by_them, invitation_note, burst_week_count from connection
                 where user_id = ? and first_name = ?""",
                (rs, n) -> new Evidence(rs.getInt(1), (Boolean) rs.getObject(2), rs.getString(3),
                        (Integer) rs.getObject(4)), userId, firstName);
    }

    private static Path fixture(String name) throws IOException {
        Path file = Files.createTempFile("export", name);
        try (InputStream in = ImportEvidenceIT.class.getResourceAsStream("/linkedin-exports/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void a_zip_import_stores_the_messages_exchanged_and_who_invited_whom() throws IOException {
        exercise.importFile(fixture("basic-export.zip"), "Basic_LinkedInDataExport_11-26-2026.zip");

        assertThat(evidence("Omar")).isEqualTo(new Evidence(2, false, null, null));
        assertThat(evidence("Siobhán")).isEqualTo(new Evidence(1, null, null, null));
        assertThat(evidence("Noah")).isEqualTo(new Evidence(0, null, null, null));
        assertThat(exercise.page(ConnectionFilter.ALL, 0, 10)).filteredOn(row -> row.firstName().equals("Omar"))
                .singleElement().satisfies(row -> assertThat(row.spokenSuggested()).isTrue());
    }

    @Test
    void a_generated_network_with_a_known_burst_has_that_week_and_only_it_marked() throws IOException {
        Path zip = Files.createTempFile("export", ".zip");
        var written = ExportGenerator.writeZip(zip, 2_000, new ExportGenerator.Burst(BURST_MONDAY, 72), 3_000, 16);

        exercise.importFile(zip, "export.zip");

        int inTheWeek = jdbc.queryForObject("select count(*) from connection where user_id = ? and connected_on "
                + "between ? and ?", Integer.class, userId, BURST_MONDAY, BURST_MONDAY.plusDays(6));
        assertThat(inTheWeek).isGreaterThanOrEqualTo(72);
        Map<String, Object> marked = jdbc.queryForMap("""
                select count(*) filter (where burst_week_count is not null) as marked,
                       count(*) filter (where burst_week_count = ? and connected_on between ? and ?) as in_week
                  from connection where user_id = ?""", inTheWeek, BURST_MONDAY, BURST_MONDAY.plusDays(6), userId);
        assertThat(marked).containsEntry("marked", (long) inTheWeek).containsEntry("in_week", (long) inTheWeek);

        int messaged = jdbc.queryForObject("select count(*) from connection where user_id = ? and message_count > 0",
                Integer.class, userId);
        int invited = jdbc.queryForObject("select count(*) from connection where user_id = ? and invited_by_them "
                + "is not null", Integer.class, userId);
        // Every message names its correspondent's address, so their namesakes count none; a tenth of the invitations
        // name no address and are matched by name, which namesakes may share.
        assertThat(messaged).isEqualTo(written.peopleMessaged());
        assertThat(invited).isGreaterThanOrEqualTo(written.invitations());
        assertThat(jdbc.queryForObject("select count(*) from connection where user_id = ? and invitation_note like "
                + "'%stand 12.\nShall we connect?'", Integer.class, userId)).isPositive();
    }

    @Test
    void a_first_import_marks_the_same_rows_as_marking_the_whole_network_again() throws IOException {
        Path zip = Files.createTempFile("export", ".zip");
        ExportGenerator.writeZip(zip, 5_000, new ExportGenerator.Burst(BURST_MONDAY, 72), 1_000, 7);
        exercise.importFile(zip, "export.zip");
        String marks = "select id, burst_week_count from connection where user_id = ? and burst_week_count is not null order by id";
        var afterImport = jdbc.queryForList(marks, userId);

        jdbc.queryForList("select mark_burst_weeks(?)", userId);

        assertThat(afterImport).isNotEmpty().isEqualTo(jdbc.queryForList(marks, userId));
    }

    @Test
    void marking_the_burst_weeks_again_reads_only_the_trainees_own_rows_not_everyone_elses() {
        exercise.importSample();
        // Twenty other networks of 2,000 (rolled back with the test), analysed, as in a real organisation's table.
        jdbc.update("""
                insert into connection (user_id, match_key, name_key, connected_on)
                select -1 - g % 20, 'bench:' || g, 'bench:' || g, date '2015-01-01' + g % 3000
                  from generate_series(1, 40000) g""");
        jdbc.execute("analyze connection");
        String sequentialScans = "select seq_scan from pg_stat_xact_user_tables where relname = 'connection'";
        long before = jdbc.queryForObject(sequentialScans, Long.class);

        jdbc.queryForList("select mark_burst_weeks(?)", userId);

        assertThat(jdbc.queryForObject(sequentialScans, Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from connection where user_id = ? and burst_week_count = 72",
                Integer.class, userId)).isEqualTo(72);
    }

    @Test
    void the_sample_network_holds_the_articles_week_of_seventy_two_and_some_evidence() {
        exercise.importSample();

        assertThat(jdbc.queryForList("select distinct burst_week_count from connection where user_id = ? and "
                + "burst_week_count is not null", Integer.class, userId)).containsExactly(72);
        assertThat(jdbc.queryForObject("select count(*) from connection where user_id = ? and burst_week_count = 72 "
                + "and connected_on between ? and ?", Integer.class, userId, BURST_MONDAY, BURST_MONDAY.plusDays(6)))
                .isEqualTo(72);
        assertThat(jdbc.queryForObject("select count(*) from connection where user_id = ? and message_count > 0",
                Integer.class, userId)).isEqualTo(16);
        assertThat(jdbc.queryForList("select invitation_note from connection where user_id = ? and invited_by_them",
                String.class, userId)).hasSize(3).contains("Hi Robin, we met at the Riverside careers fair, lovely to "
                + "talk about mentoring.");
    }

    @Test
    void a_later_lone_connections_csv_keeps_the_messages_and_invitations_known() throws IOException {
        exercise.importFile(fixture("basic-export.zip"), "export.zip");
        Path alone = ExportFiles.write(ExportFiles.PREAMBLE
                + "Omar,Dubois,https://www.linkedin.com/in/omar-dubois-a6a3a450,,Halcyon Health NHS Trust,Consultant,07 Jan 2020\n");

        exercise.importFile(alone, "Connections.csv");

        assertThat(evidence("Omar")).isEqualTo(new Evidence(2, false, null, null));
    }

    @Test
    void a_re_import_with_messages_replaces_the_counts_and_a_new_invitation_the_old_one() throws IOException {
        exercise.importFile(fixture("basic-export.zip"), "export.zip");
        String connections = ExportFiles.PREAMBLE
                + "Omar,Dubois,https://www.linkedin.com/in/omar-dubois-a6a3a450,,Halcyon Health NHS Trust,Consultant,07 Jan 2020\n"
                + "Noah,Young,https://www.linkedin.com/in/noah-young-f29d0da9,,Northwind Traders,Manager,23 Nov 2016\n";
        Path zip = zip(Map.of("Connections.csv", connections,
                "messages.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                        + "DATE,SUBJECT,CONTENT,FOLDER\n"
                        + "2-c9,,Noah Young,https://www.linkedin.com/in/noah-young-f29d0da9,Alex Morgan,"
                        + "https://www.linkedin.com/in/alex-morgan-0a1b2c3d,2026-12-01 09:00:00 UTC,,Hi,INBOX\n"
                        + "2-c9,,Alex Morgan,https://www.linkedin.com/in/alex-morgan-0a1b2c3d,Noah Young,"
                        + "https://www.linkedin.com/in/noah-young-f29d0da9,2026-12-01 10:00:00 UTC,,Hello,INBOX\n",
                "Invitations.csv", "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                        + "Noah Young,Alex Morgan,\"12/1/26, 9:00 AM\",\"Hi, it's Noah\",INCOMING,"
                        + "https://www.linkedin.com/in/noah-young-f29d0da9,\n"));

        exercise.importFile(zip, "export.zip");

        assertThat(evidence("Omar")).as("no messages with him in the new file; his invitation stays known")
                .isEqualTo(new Evidence(0, false, null, null));
        assertThat(evidence("Noah")).isEqualTo(new Evidence(2, true, "Hi, it's Noah", null));
    }

    private static Path zip(Map<String, String> entries) throws IOException {
        Path file = Files.createTempFile("export", ".zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry("export/" + entry.getKey()));
                zip.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
