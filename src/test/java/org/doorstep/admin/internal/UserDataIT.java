package org.doorstep.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.doorstep.TestSignIn;
import org.doorstep.admin.DataRequests;
import org.doorstep.admin.EveryTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A data-subject request against a real PostgreSQL: the export holds every table's rows about the person, and
 * deletion leaves no row anywhere that names them. Both checks find the tables from the schema itself, so a
 * table added later is covered (and fails here until the fixture gives it a row).
 */
@SpringBootTest
@ActiveProfiles("test")
class UserDataIT {

    /** Every column that can name an account: a foreign key to app_user, or a user_id or username column. */
    private static final String ACCOUNT_COLUMNS = """
            select kcu.table_name, kcu.column_name, c.data_type
              from information_schema.table_constraints tc
              join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
              join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
              join information_schema.columns c on c.table_schema = kcu.table_schema and c.table_name = kcu.table_name and c.column_name = kcu.column_name
             where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public' and ccu.table_name = 'app_user'
            union
            select c.table_name, c.column_name, c.data_type
              from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
             where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name in ('user_id', 'username')
            order by 1, 2""";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataRequests requests;

    private EveryTableFixture fixture;

    @BeforeEach
    void aPersonInEveryTable() {
        fixture = new EveryTableFixture(context);
        TestSignIn.as(context, "admin");
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private List<Map<String, Object>> accountColumns() {
        return jdbc.queryForList(ACCOUNT_COLUMNS);
    }

    private int rowsNaming(Map<String, Object> column) {
        boolean byName = column.get("data_type").toString().contains("text") || column.get("data_type").toString().contains("char");
        return jdbc.queryForObject("select count(*) from " + column.get("table_name") + " where " + column.get("column_name") + " = ?",
                Integer.class, byName ? fixture.person.username() : fixture.person.id());
    }

    @Test
    void the_fixture_puts_the_person_in_every_column_that_can_name_an_account() {
        assertThat(accountColumns()).extracting(c -> c.get("table_name") + "." + c.get("column_name"))
                .contains("app_user.username", "connection.user_id", "login_failure.username", "audit_event.subject_user_id",
                        "cohort.trainer_id", "workshop_answer.user_id");
        assertThat(accountColumns()).allSatisfy(column ->
                assertThat(rowsNaming(column)).as("%s.%s", column.get("table_name"), column.get("column_name")).isPositive());
    }

    @Test
    void deleting_the_person_leaves_no_row_that_names_them_and_the_audit_keeps_only_their_username() {
        requests.deleteUser(fixture.person.id(), fixture.person.username().toUpperCase());

        assertThat(accountColumns()).allSatisfy(column ->
                assertThat(rowsNaming(column)).as("%s.%s", column.get("table_name"), column.get("column_name")).isZero());
        Map<String, Object> entry = jdbc.queryForMap("select actor_username, subject_user_id, subject_username, details "
                + "from audit_event where action = 'USER_DELETED' and subject_username = ?", fixture.person.username());
        assertThat(entry.get("actor_username")).isEqualTo("admin");
        assertThat(entry.get("subject_user_id")).isNull();
        assertThat(entry.get("details")).isEqualTo("Deleted " + fixture.person.username() + " and all their data: 1 connections, "
                + "1 learning events, 1 lessons in progress, 1 results entries, 1 workshop answers");
        // What belongs to others stays: the cohort the person trained, now without a trainer.
        assertThat(jdbc.queryForObject("select trainer_id from cohort where id = ?", Long.class, fixture.cohortRun)).isNull();
    }

    @Test
    void the_export_has_a_section_with_rows_for_every_table_that_names_the_person() {
        JsonNode export = JsonMapper.builder().build().readTree(requests.exportJson(fixture.person.id()));

        assertThat(export.get("account").get("username").asString()).isEqualTo(fixture.person.username());
        assertThat(export.get("account").get("displayName").asString()).isEqualTo("Evie Everywhere");
        UserDataExport.SECTIONS.keySet().forEach(section ->
                assertThat(export.get(section).size()).as(section).isPositive());
        assertThat(export.get("connections").get(0).get("connections").asInt()).isEqualTo(1);
        assertThat(export.toString()).as("connections are counted, never named").doesNotContain("Company " + fixture.marker);
        assertThat(export.get("stepProgress").get(0).get("step_id").asString()).isEqualTo("your-last-three");
        assertThat(export.get("stepProgress").get(0).get("state").get("done").asBoolean()).isTrue();
        assertThat(export.get("stepProgress").get(0).get("reflection_written").asBoolean()).isTrue();
        assertThat(export.get("reflections").get(0).get("written").asInt()).isEqualTo(1);
        assertThat(export.toString()).as("a reflection is the trainee's alone: counted, never quoted")
                .doesNotContain("private-" + fixture.marker);
        assertThat(export.get("workshopAnswers").get(0).get("text").asString()).isEqualTo(fixture.marker);
        assertThat(export.get("mailSent").get(0).get("attachments").get(0).asString()).isEqualTo("note.txt");
        assertThat(export.toString()).as("mail bodies can hold one-time links").doesNotContain("body-" + fixture.marker);
        assertThat(export.toString()).doesNotContain("password_hash").doesNotContain("$argon2").doesNotContain("hash-" + fixture.marker);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DATA_EXPORTED' and subject_user_id = ?",
                Integer.class, fixture.person.id())).isEqualTo(1);
    }

    @Test
    void every_table_that_names_an_account_is_read_by_some_section_of_the_export() {
        String sections = String.join("\n", UserDataExport.SECTIONS.values());
        assertThat(accountColumns()).extracting(c -> c.get("table_name").toString()).allSatisfy(table -> {
            if (!table.equals("app_user")) {
                assertThat(sections).as(table).containsPattern("(from|join) " + table + "\\b");
            }
        });
    }
}
