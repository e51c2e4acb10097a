package org.doorstep.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.IntStream;
import org.doorstep.KaribuTest;
import org.doorstep.TestTimeZones;
import org.doorstep.admin.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log: newest first, filtered by action, by actor or subject username, and by days. */
class AuditViewTest extends KaribuTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 14);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private AuditView view;
    private String marker;

    @BeforeEach
    void threeEntriesOnDaysOfTheirOwn() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        marker = "zz" + UUID.randomUUID().toString().substring(0, 6);
        entry(jdbc, DAY.minusDays(1), "admin", "ROLES_CHANGED", marker + "-one");
        entry(jdbc, DAY, "admin", "USER_DEACTIVATED", marker + "-two");
        entry(jdbc, DAY.plusDays(1), marker + "-boss", "ROLES_CHANGED", "someone");
        signInAs("admin");
        navigate("admin/audit");
        view = _get(AuditView.class);
    }

    @AfterEach
    void adminBackOnTheOrganisationsZone() {
        TestTimeZones.choose(context, "admin", null);
    }

    private static void entry(JdbcTemplate jdbc, LocalDate day, String actor, String action, String subject) {
        jdbc.update("insert into audit_event (occurred_at, actor_username, action, subject_username, details) values (?, ?, ?, ?, ?)",
                Timestamp.from(day.atTime(12, 0).atZone(LONDON).toInstant()), actor, action, subject, "test entry");
    }

    private java.util.List<AuditEntry> rows() {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    @Test
    void text_finds_entries_by_actor_or_subject_newest_first() {
        userSets(view.who, marker);
        assertThat(rows()).extracting(AuditEntry::subject).containsExactly("someone", marker + "-two", marker + "-one");
        assertThat(view.count.getText()).isEqualTo("3 entries");
        assertThat(rows().getFirst().actor()).isEqualTo(marker + "-boss");
    }

    @Test
    void the_action_filter_keeps_one_kind_of_entry() {
        userSets(view.who, marker);
        assertThat(view.action.getListDataView().getItems().toList()).contains("ROLES_CHANGED", "USER_DEACTIVATED");
        userSets(view.action, "USER_DEACTIVATED");
        assertThat(rows()).extracting(AuditEntry::subject).containsExactly(marker + "-two");
        assertThat(AuditView.readable("USER_DEACTIVATED")).isEqualTo("User deactivated");
    }

    @Test
    void a_date_range_includes_both_of_its_days() {
        userSets(view.who, marker);
        userSets(view.from, DAY);
        assertThat(rows()).extracting(AuditEntry::subject).containsExactly("someone", marker + "-two");
        userSets(view.to, DAY);
        assertThat(rows()).extracting(AuditEntry::subject).containsExactly(marker + "-two");
        userSets(view.from, null);
        assertThat(rows()).extracting(AuditEntry::subject).containsExactly(marker + "-two", marker + "-one");
    }

    @Test
    void an_end_before_the_start_is_flagged() {
        userSets(view.from, DAY);
        userSets(view.to, DAY.minusDays(2));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end comes before the start.");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void actions_of_the_administration_appear_in_the_log() {
        navigate("admin/users/new");
        NewUserView form = _get(NewUserView.class);
        String username = marker + "-new";
        userSets(form.displayName, "Logged Person");
        userSets(form.username, username);
        userSets(form.email, username + "@example.com"); // required: the tests' mail server is configured
        userSets(form.roles, java.util.Set.of("TRAINEE"));
        userSets(form.organisation, form.organisation.getListDataView().getItems()
                .filter(o -> o.name().equals("Doorstep Demo Ltd")).findFirst().orElseThrow());
        com.github.mvysny.kaributesting.v10.LocatorJ._click(form.create);

        navigate("admin/audit");
        view = _get(AuditView.class);
        userSets(view.who, username);
        assertThat(rows()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("USER_CREATED");
            assertThat(entry.subject()).isEqualTo(username);
        });
    }

    @Test
    void timesAndDaysReadInTheOrganisationsZoneByDefault() {
        assertThat(view.intro.getText()).contains("Times in Europe/London, your time zone");
        userSets(view.who, marker + "-two");
        assertThat(GridKt._getFormattedRow(view.grid, 0).getFirst()).isEqualTo("14 Mar 2031, 12:00:00");
    }

    @Test
    void anAdministratorWhoChoseAnotherZoneReadsTimesAndDaysInIt() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("insert into audit_event (occurred_at, actor_username, action, subject_username, details) values (?, ?, ?, ?, ?)",
                Timestamp.from(java.time.Instant.parse("2031-03-14T23:30:00Z")), "admin", "ROLES_CHANGED", marker + "-late", "test entry");
        TestTimeZones.choose(context, "admin", "Asia/Tokyo");
        navigate("admin/outbox");
        navigate("admin/audit");
        view = _get(AuditView.class);

        assertThat(view.intro.getText()).contains("Times in Asia/Tokyo, your time zone");
        userSets(view.who, marker + "-late");
        assertThat(GridKt._getFormattedRow(view.grid, 0).getFirst()).isEqualTo("15 Mar 2031, 08:30:00");
        userSets(view.from, DAY.plusDays(1));
        userSets(view.to, DAY.plusDays(1));
        assertThat(rows()).as("the 15th in Tokyo").extracting(AuditEntry::subject).containsExactly(marker + "-late");
    }
}
