package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.doorstep.TestSignIn;
import org.doorstep.exercise.ConnectionFilter;
import org.doorstep.exercise.Decision;
import org.doorstep.exercise.ExerciseService;
import org.doorstep.exercise.ExportGenerator;
import org.doorstep.exercise.ImportRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An import is all or nothing: one that fails part-way, by a fault in a later COPY chunk or by its database
 * connection dropping mid-COPY, stores nothing and leaves the previous import as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
class ImportAtomicityIT {

    @Autowired
    ExerciseService exercise;
    @Autowired
    ConnectionImports imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private long userId;
    /** Four chunks and a bit: chunk 2 is neither the first nor the last. */
    private static final int ROWS = ConnectionImports.CHUNK * 4 + 10;

    @BeforeEach
    void signedInTrainee() {
        userId = TestSignIn.asNewTrainee(context, "atomic", "Ada Atomic");
    }

    @AfterEach
    void cleanUp() {
        imports.setChunkListener(null);
        TestSignIn.out(context);
    }

    /** Everything of the trainee's an import may change: rows with decisions and evidence, the tally, the imports. */
    private List<String> snapshot() {
        List<String> state = new java.util.ArrayList<>(jdbc.queryForList("""
                select concat_ws('|', id, match_key, company, decision, spoken, gone_at, message_count,
                                 invited_by_them, burst_week_count, updated_at)
                  from connection where user_id = ? order by id""", String.class, userId));
        state.addAll(jdbc.queryForList("select concat_ws('|', present, reviewed, removed) from connection_tally "
                + "where user_id = ?", String.class, userId));
        state.addAll(jdbc.queryForList("select concat_ws('|', id, file_name, added, gone) from network_import "
                + "where user_id = ? order by id", String.class, userId));
        return state;
    }

    private static Path export(int rows, long seed) throws Exception {
        Path file = Files.createTempFile("export", ".zip");
        ExportGenerator.writeZip(file, rows, null, rows / 2, seed);
        return file;
    }

    /** A first import and some decisions: what a failed re-import must leave alone. */
    private List<String> previousImport() throws Exception {
        exercise.importFile(export(500, 1), "first.zip");
        exercise.page(ConnectionFilter.ALL, 0, 30).forEach(row -> exercise.decide(row.id(), Decision.REMOVE));
        List<String> before = snapshot();
        assertThat(before).hasSizeGreaterThan(450);
        return before;
    }

    private void failOnChunk(int failing) {
        imports.setChunkListener(chunk -> {
            if (chunk == failing) {
                throw new SQLException("injected fault in chunk " + chunk);
            }
        });
    }

    @Test
    void a_first_import_failing_in_a_later_chunk_stores_nothing() throws Exception {
        failOnChunk(2);

        assertThatThrownBy(() -> exercise.importFile(export(ROWS, 2), "export.zip"))
                .hasStackTraceContaining("injected fault in chunk 2");

        assertThat(snapshot()).isEmpty();
    }

    @Test
    void a_re_import_failing_in_a_later_chunk_leaves_the_previous_import_intact() throws Exception {
        List<String> before = previousImport();
        failOnChunk(2);

        assertThatThrownBy(() -> exercise.importFile(export(ROWS, 3), "export.zip"))
                .hasStackTraceContaining("injected fault in chunk 2");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_re_import_whose_database_connection_drops_mid_copy_leaves_the_previous_import_intact() throws Exception {
        List<String> before = previousImport();
        boolean[] terminated = {false};
        imports.setChunkListener(chunk -> {
            if (chunk == 1) {
                // From another connection, as an administrator or a failing network would: the import's backend ends.
                terminated[0] = CompletableFuture.supplyAsync(() -> jdbc.queryForObject("""
                        select coalesce(bool_and(pg_terminate_backend(pid)), false) from pg_stat_activity
                         where datname = current_database() and pid <> pg_backend_pid()
                           and query like 'copy import_rows%'""", Boolean.class)).join();
            }
        });

        assertThatThrownBy(() -> exercise.importFile(export(ROWS, 4), "export.zip")).isNotNull();

        assertThat(terminated[0]).isTrue();
        imports.setChunkListener(null);
        assertThat(snapshot()).isEqualTo(before);
        // The pool has let the dead connection go: the next import works.
        exercise.importFile(export(600, 1), "again.zip");
        assertThat(exercise.count(ConnectionFilter.ALL)).isGreaterThan(550);
    }

    @Test
    void a_first_import_whose_database_connection_drops_mid_copy_stores_nothing() throws Exception {
        boolean[] terminated = {false};
        imports.setChunkListener(chunk -> {
            if (chunk == 2) {
                terminated[0] = CompletableFuture.supplyAsync(() -> jdbc.queryForObject("""
                        select coalesce(bool_and(pg_terminate_backend(pid)), false) from pg_stat_activity
                         where datname = current_database() and pid <> pg_backend_pid()
                           and query like 'copy connection%'""", Boolean.class)).join();
            }
        });

        assertThatThrownBy(() -> exercise.importFile(export(ROWS, 5), "export.zip")).isNotNull();

        assertThat(terminated[0]).isTrue();
        assertThat(snapshot()).isEmpty();
    }

    @Test
    void a_first_import_whose_file_is_refused_past_its_first_rows_stores_nothing() throws Exception {
        // Stored from the first rows on while the rest is read, the file is found too long only at its end.
        Path file = Files.createTempFile("Connections", ".csv");
        ExportGenerator.write(file, 30_001, ExportFormat.CURRENT, 5);

        assertThatThrownBy(() -> exercise.importFile(file, "Connections.csv"))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ImportRefusedException.Reason.TOO_MANY_ROWS));

        assertThat(snapshot()).isEmpty();
        Files.delete(file);
    }
}
