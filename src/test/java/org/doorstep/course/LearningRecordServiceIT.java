package org.doorstep.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.base.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manager's team of two (Ann in a cohort, Bob not) and an outsider, with learning events on known days;
 * the export is checked against a known-good xAPI 1.0.3 statement and against the scope it was asked for.
 */
@SpringBootTest
@ActiveProfiles("test")
// Rolled back after each test: no other thread, instance, NOTIFY or push has to see what it wrote.
@Transactional
class LearningRecordServiceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LearningRecordService records;

    private String manager;
    private long teamId;
    private String suffix;
    private long cohortId;
    private String ann;

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    private static String lesson(String object) {
        return "urn:doorstep:course:doorstep:lesson:" + object;
    }

    @BeforeEach
    void aTeamWithEvents() {
        TestData data = TestData.in(context);
        suffix = TestData.suffix();
        // An organisation of its own, so the manager sees exactly this team.
        TestData.InOrganisation organisation = data.organisation("Records " + suffix);
        manager = "lrs-boss-" + suffix;
        TestData.Account boss = organisation.accountNamed(manager, "Mo Manager", "MANAGER");
        TestData.Team team = organisation.team("Team " + suffix, boss);
        teamId = team.id();
        TestData.Cohort cohort = organisation.cohort("Cohort " + suffix);
        cohortId = cohort.id();
        ann = "lrs-ann-" + suffix;
        TestData.Account annAccount = organisation.accountNamed(ann, "Ann Attentive", "TRAINEE");
        TestData.Account bob = organisation.accountNamed("lrs-bob-" + suffix, "Bob Bystander", "TRAINEE");
        TestData.Account outsider = organisation.accountNamed("lrs-out-" + suffix, "Olga Outsider", "TRAINEE");
        data.joinTeam(team, annAccount, bob).joinCohort(cohort, annAccount);
        data.of(annAccount).event("attempted", lesson("four-criteria"), "Lesson four-criteria", noon(DAY), null, null)
                .event("passed", lesson("four-criteria:step:quiz"), "Lesson four-criteria:step:quiz", noon(DAY.plusDays(1)), 83, true);
        data.of(bob).event("attempted", lesson("four-criteria"), "Lesson four-criteria", noon(DAY.plusDays(5)), null, null);
        data.of(outsider).event("attempted", lesson("four-criteria"), "Lesson four-criteria", noon(DAY.plusDays(1)), null, null);
        TestSignIn.as(context, manager);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    @Test
    void every_exported_statement_has_the_shape_of_a_known_good_xapi_statement() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = records.writeStatements(new RecordScope(teamId, null, null, null), out);
        JsonNode exported = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode knownGood = JSON.readTree(new ClassPathResource("xapi/known-good-statement.json").getInputStream());

        assertThat(exported.isArray()).isTrue();
        assertThat(exported.size()).isEqualTo(count).isEqualTo(3);
        assertThat(jdbc.queryForObject("select details from audit_event where actor_username = ? and action = 'DATA_EXPORTED' "
                + "order by id desc limit 1", String.class, manager))
                .isEqualTo("Learning records as xAPI: 3 statements (team Team " + suffix + " (#" + teamId + "), all days)");
        for (JsonNode statement : exported) {
            assertThat(pathsWithTypes(statement, "")).isSubsetOf(pathsWithTypes(knownGood, ""));
            assertThat(statement.has("actor") && statement.has("verb") && statement.has("object")).isTrue();
            UUID.fromString(statement.get("id").asString());
            DateTimeFormatter.ISO_INSTANT.parse(statement.get("timestamp").asString());
            assertThat(statement.get("verb").get("id").asString()).startsWith("http://adlnet.gov/expapi/verbs/");
            assertThat(statement.get("version").asString()).isEqualTo("1.0.3");
        }
        JsonNode passed = exported.get(1);
        assertThat(passed.get("actor").get("name").asString()).isEqualTo("Ann Attentive");
        assertThat(passed.get("actor").get("account").get("name").asString()).isEqualTo(ann);
        assertThat(passed.get("result").get("score").get("raw").asDouble()).isEqualTo(83.0);
        assertThat(passed.get("result").get("success").asBoolean()).isTrue();
        assertThat(passed.get("object").get("definition").get("type").asString())
                .isEqualTo("http://adlnet.gov/expapi/activities/cmi.interaction");
    }

    @Test
    void statements_read_as_a_list_are_audited_as_an_export() {
        records.statements(new RecordScope(teamId, null, null, null));
        assertThat(jdbc.queryForObject("select details from audit_event where actor_username = ? and action = 'DATA_EXPORTED' "
                + "order by id desc limit 1", String.class, manager))
                .isEqualTo("Learning records as xAPI: 3 statements (team Team " + suffix + " (#" + teamId + "), all days)");
    }

    @Test
    void the_same_events_export_with_the_same_statement_ids() {
        RecordScope scope = new RecordScope(teamId, null, null, null);
        assertThat(records.statements(scope)).extracting(XapiStatement::id)
                .isEqualTo(records.statements(scope).stream().map(XapiStatement::id).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void a_manager_exports_only_their_teams_narrowed_by_cohort_and_days() {
        assertThat(actors(new RecordScope(null, null, null, null))).containsExactly("Ann Attentive", "Ann Attentive", "Bob Bystander");
        assertThat(actors(new RecordScope(teamId, cohortId, null, null))).containsExactly("Ann Attentive", "Ann Attentive");
        assertThat(actors(new RecordScope(teamId, null, DAY.plusDays(1), DAY.plusDays(5)))).containsExactly("Ann Attentive", "Bob Bystander");
        assertThat(actors(new RecordScope(teamId, null, DAY, DAY))).containsExactly("Ann Attentive");
        assertThat(records.teams()).extracting(LearningRecordService.Choice::id).containsExactly(teamId);
        assertThat(records.cohorts()).extracting(LearningRecordService.Choice::id).contains(cohortId);
    }

    @Test
    void another_managers_team_is_refused_and_trainees_and_trainers_cannot_export() {
        TestSignIn.as(context, "manager");
        assertThatThrownBy(() -> records.statements(new RecordScope(teamId, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(context, ann);
        assertThatThrownBy(() -> records.statements(new RecordScope(null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(context, "trainer");
        assertThatThrownBy(() -> records.teams()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_exports_any_team_or_cohort() {
        TestSignIn.as(context, "admin");
        assertThat(actors(new RecordScope(null, cohortId, null, null))).containsExactly("Ann Attentive", "Ann Attentive");
        assertThat(actors(new RecordScope(teamId, null, null, null))).hasSize(3);
    }

    @Test
    void crossed_dates_are_refused() {
        assertThatThrownBy(() -> new RecordScope(null, null, DAY, DAY.minusDays(1)))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("records.dates.order");
    }

    private List<String> actors(RecordScope scope) {
        return records.statements(scope).stream().map(statement -> statement.actor().name()).toList();
    }

    /** Every field path with its JSON type, e.g. "result.score.raw:NUMBER"; display maps count as one language key. */
    private static List<String> pathsWithTypes(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                paths.addAll(pathsWithTypes(field.getValue(), prefix + field.getKey() + "."));
            }
        } else {
            paths.add(prefix.substring(0, prefix.length() - 1) + ":" + node.getNodeType());
        }
        return paths;
    }
}
