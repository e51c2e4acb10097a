package org.doorstep.exercise;

import org.doorstep.TestData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.doorstep.TestSignIn;
import org.doorstep.security.internal.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Import, re-import, decisions, deletion and privacy against the real PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
// Rolled back after each test: no other thread, instance, NOTIFY or push has to see what it wrote.
@Transactional
class ExerciseServiceIT {

    @Autowired
    ExerciseService exercise;
    @Autowired
    UserAccountRepository users;
    @Autowired
    JdbcTemplate jdbc;

    private long userId;

    private String newTrainee() {
        return TestData.in(context).demoTrainee("pruner", "Pat Pruner").username();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private void signIn(String username) {
        org.doorstep.TestSignIn.as(context, username);
    }

    @BeforeEach
    void signedInTrainee() {
        String username = newTrainee();
        signIn(username);
        userId = users.findByUsername(username).orElseThrow().getId();
    }

    @AfterEach
    void signOut() {
        org.doorstep.TestSignIn.out(context);
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from connection where user_id = ?", Integer.class, userId);
    }

    private ConnectionRow person(String first) {
        return exercise.page(ConnectionFilter.ALL, 0, 100).stream().filter(row -> row.firstName().equals(first))
                .findFirst().orElseThrow();
    }

    @Test
    void a_preview_counts_the_file_and_stores_nothing() {
        ImportCounts preview = exercise.preview(ExportFiles.three(), "Connections.csv");
        assertThat(preview.added()).isEqualTo(3);
        assertThat(rows()).isZero();
    }

    @Test
    void an_import_stores_every_person_with_names_in_any_script_and_undecided() {
        ImportCounts stored = exercise.importFile(ExportFiles.three(), "Connections.csv");
        assertThat(stored.added()).isEqualTo(3);
        assertThat(exercise.page(ConnectionFilter.ALL, 0, 10)).extracting(ConnectionRow::name)
                .containsExactly("Siobhán Ní Bhriain", "Omar Dubois", "李 伟");
        assertThat(exercise.counts().undecided()).isEqualTo(3);
        assertThat(person("Siobhán").company()).isEqualTo("Pinnacle Print, Inc.");
    }

    @Test
    void a_later_export_keeps_decisions_adds_newcomers_undecided_marks_the_missing_gone_and_duplicates_nobody() {
        exercise.importFile(ExportFiles.three(), "Connections.csv");
        exercise.decide(person("Omar").id(), Decision.KEEP);
        exercise.setCriterion(person("Omar").id(), Criterion.SPOKEN, true);
        exercise.decide(person("李").id(), Decision.REMOVE);

        var later = ExportFiles.write(ExportFiles.PREAMBLE
                + ExportFiles.row("Omar", "Dubois", "omar-dubois-1", "Halcyon Health NHS Trust", "07 Jan 2020")
                + ExportFiles.row("Siobhán", "Ní Bhriain", "siobhan-2", "\"Pinnacle Print, Inc.\"", "02 Jan 2021")
                + ExportFiles.row("Noah", "Young", "noah-young-4", "Northwind", "23 Nov 2025"));
        ImportCounts preview = exercise.preview(later, "Connections.csv");
        assertThat(preview).extracting(ImportCounts::added, ImportCounts::updated, ImportCounts::unchanged, ImportCounts::gone)
                .containsExactly(1, 1, 1, 1);
        exercise.importFile(later, "Connections.csv");

        assertThat(rows()).isEqualTo(4);
        ConnectionRow omar = person("Omar");
        assertThat(omar.decision()).isEqualTo(Decision.KEEP);
        assertThat(omar.meets(Criterion.SPOKEN)).isTrue();
        assertThat(omar.company()).isEqualTo("Halcyon Health NHS Trust");
        assertThat(person("Noah").decision()).isNull();
        assertThat(exercise.plan(Decision.REMOVE, 0, 10)).singleElement().satisfies(li -> assertThat(li.gone()).isTrue());
        assertThat(exercise.summary().goneSinceLastImport()).isEqualTo(1);
        assertThat(exercise.summary().removedOnLinkedIn()).isEqualTo(1);
    }

    @Test
    void an_old_format_import_followed_by_a_current_one_matches_people_by_name_and_company() {
        exercise.importFile(ExportFiles.write("First Name,Last Name,Email Address,Company,Position,Connected On\n"
                + "Omar,Dubois,,Halcyon Health,Manager,07 Jan 2020\n"), "Connections.csv");
        exercise.decide(person("Omar").id(), Decision.WEAK_TIE);
        exercise.importFile(ExportFiles.three(), "Connections.csv");

        assertThat(rows()).isEqualTo(3);
        assertThat(person("Omar").decision()).isEqualTo(Decision.WEAK_TIE);
        assertThat(person("Omar").profileUrl()).isEqualTo("https://www.linkedin.com/in/omar-dubois-1");
    }

    @Test
    void a_refused_file_stores_nothing_and_leaves_the_previous_import_intact() {
        exercise.importFile(ExportFiles.three(), "Connections.csv");
        assertThatThrownBy(() -> exercise.importFile(ExportFiles.write("CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,CONTENT\n"
                + "1,Ann,https://www.linkedin.com/in/ann,Bob,2024-01-01,Hello\n"), "messages.csv"))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).reason()).isEqualTo(ImportRefusedException.Reason.NOT_A_CONNECTIONS_EXPORT);
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void deleting_all_network_data_leaves_no_rows_behind_and_is_audited_in_counts_only() {
        exercise.importFile(ExportFiles.three(), "Connections.csv");
        assertThat(exercise.deleteAllMyNetworkData()).isEqualTo(3);
        assertThat(rows()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from network_import where user_id = ?", Integer.class, userId)).isZero();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'DATA_DELETED' and subject_user_id = ?",
                String.class, userId)).containsExactly("Deleted their own network data: 3 connections");
    }

    @Test
    void deleting_an_account_deletes_its_connections_as_a_foreign_key_cascade_would() {
        exercise.importFile(ExportFiles.three(), "Connections.csv");
        jdbc.update("delete from app_user where id = ?", userId);
        assertThat(rows()).isZero();
    }

    @Test
    void another_trainee_can_neither_read_nor_change_these_connections() {
        exercise.importFile(ExportFiles.three(), "Connections.csv");
        long omar = person("Omar").id();

        signIn(newTrainee());
        assertThat(exercise.page(ConnectionFilter.ALL, 0, 100)).isEmpty();
        assertThatThrownBy(() -> exercise.decide(omar, Decision.REMOVE)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> exercise.setNote(omar, "mine now")).isInstanceOf(NoSuchElementException.class);
        assertThat(exercise.myDataCsv()).doesNotContain("Omar");
    }

    @Test
    void trainers_managers_and_admins_cannot_call_the_exercise_at_all() {
        for (String role : new String[] {"trainer", "manager", "admin"}) {
            signIn(role);
            assertThatThrownBy(() -> exercise.page(ConnectionFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exercise.summary()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void exported_csv_cells_cannot_run_as_formulas() {
        exercise.importFile(ExportFiles.write(ExportFiles.PREAMBLE
                + ExportFiles.row("=HYPERLINK(\"\"http://evil\"\")", "Smith", "evil-1", "+Acme", "01 Jan 2020")), "Connections.csv");
        String csv = exercise.myDataCsv();
        assertThat(csv).contains("'=HYPERLINK").contains("'+Acme").doesNotContain(",=HYPERLINK").doesNotContain(",+Acme");
    }

    @Test
    void the_sample_network_gives_132_invented_people() {
        ImportCounts sample = exercise.importSample();
        assertThat(sample.added()).isEqualTo(132);
        assertThat(exercise.counts().total()).isEqualTo(sample.added());
    }

    private static java.nio.file.Path withEmail() {
        return ExportFiles.write(ExportFiles.PREAMBLE
                + "Omar,Dubois,https://www.linkedin.com/in/omar-1,omar@example.com,Halcyon,Manager,07 Jan 2020\n"
                + ExportFiles.row("Noah", "Okafor", "noah-1", "Acme", "08 Feb 2021"));
    }

    private java.util.List<String> storedEmails() {
        return jdbc.queryForList("select email from connection where user_id = ? and email is not null", String.class, userId);
    }

    @Test
    void connections_email_addresses_are_not_stored_unless_the_trainee_opts_in() {
        exercise.importFile(withEmail(), "Connections.csv");
        assertThat(storedEmails()).isEmpty();
        assertThat(exercise.myDataCsv()).doesNotContain("omar@example.com");
    }

    @Test
    void opted_in_addresses_are_in_the_owners_csv_and_json_download() {
        exercise.importFile(withEmail(), "Connections.csv", true);

        assertThat(storedEmails()).containsExactly("omar@example.com");
        assertThat(exercise.myDataCsv()).contains("E-mail address").contains("omar@example.com");
        assertThat(exercise.myDataJson()).contains("\"email\"").contains("omar@example.com");
    }

    @Test
    void a_reimport_without_the_opt_in_erases_kept_addresses_and_counts_nothing_as_updated() {
        exercise.importFile(withEmail(), "Connections.csv", true);
        ImportCounts again = exercise.importFile(withEmail(), "Connections.csv");

        assertThat(storedEmails()).isEmpty();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
    }
}
