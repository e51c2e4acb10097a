package org.doorstep.reports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small organisation whose every figure is known by hand (see {@link ReportsServiceIT} for the sums).
 * Manager {@link #manager} manages teams A (Ann, Bob, Cat) and B (Dan, Eve); {@link #otherManager}
 * manages team C (Fay). Cohort X has Ann, Bob and Dan; Y has Cat; Z has only Fay. All dates are in 2025;
 * everything is in an organisation of its own.
 */
public final class ReportFixture {

    public final String manager;
    public final String otherManager;
    public final long teamA;
    public final long teamB;
    public final long teamC;
    public final long cohortX;
    public final long cohortY;
    public final long cohortZ;
    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** Surnames of connections (Ann's and Dan's, and Fay's): no report may ever print these. */
    public final String annsConnection = "Quennell";
    public final String faysConnection = "Oakenshaw";

    private final JdbcTemplate jdbc;
    private final long organisation;
    private final List<String> lessons;

    public ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // An organisation of its own, so the demo organisation keeps exactly its two teams for other tests.
        organisation = jdbc.queryForObject("insert into organisation (name) values (?) returning id", Long.class,
                "Report fixture " + suffix);
        lessons = jdbc.queryForList("""
                select l.slug from course_lesson l where l.version_id = (select id from course_version
                 where course_slug = 'doorstep' order by version desc limit 1) order by l.position""", String.class);
        manager = user("boss-" + suffix, "Mo Manager", "MANAGER");
        otherManager = user("rival-" + suffix, "Rae Rival", "MANAGER");
        teamA = team("Team A " + suffix, manager);
        teamB = team("Team B " + suffix, manager);
        teamC = team("Team C " + suffix, otherManager);
        cohortX = cohort("Cohort X " + suffix);
        cohortY = cohort("Cohort Y " + suffix);
        cohortZ = cohort("Cohort Z " + suffix);

        long ann = member("Ann Able", teamA, cohortX);
        long bob = member("Bob Brown", teamA, cohortX);
        member("Cat Cole", teamA, cohortY);
        long dan = member("Dan Dale", teamB, cohortX);
        long eve = member("Eve Evans", teamB, null);
        long fay = member("Fay Fox", teamC, cohortZ);

        // Ann: six lessons in January, the last two in March; Bob: three in February, a fourth begun in April
        // and a quiz answered in March; Dan: all eight in February; Eve: one in June.
        completed(ann, 0, 6, "2025-01-10T10:00:00Z");
        completed(ann, 6, 7, "2025-03-05T10:00:00Z");
        completed(ann, 7, 8, "2025-03-20T10:00:00Z");
        completed(bob, 0, 3, "2025-02-10T10:00:00Z");
        begun(bob, 3, "2025-04-02T10:00:00Z");
        event(bob, "2025-03-15T09:00:00Z");
        completed(dan, 0, 8, "2025-02-15T10:00:00Z");
        completed(eve, 0, 1, "2025-06-01T10:00:00Z");

        // Ann: 10 connections on LinkedIn (4 keep, 2 remove of which 1 ticked removed, 1 later, 3 undecided)
        // and 1 decided remove and gone since; Dan: 4 weak ties; Fay: 5 removed.
        connections(ann, 4, "KEEP", false, false, annsConnection);
        connections(ann, 2, "REMOVE", false, false, annsConnection);
        jdbc.update("update connection set removed_on_linkedin = true where id = (select min(id) from connection "
                + "where user_id = ? and decision = 'REMOVE')", ann);
        connections(ann, 1, "LATER", false, false, annsConnection);
        connections(ann, 3, null, false, false, annsConnection);
        connections(ann, 1, "REMOVE", false, true, annsConnection);
        connections(dan, 4, "WEAK_TIE", false, false, annsConnection);
        connections(fay, 5, "REMOVE", true, false, faysConnection);

        // Ann: baseline 20 profile views, follow-ups 30 (Feb) and 60 (Apr), pruning finished 15 Jan.
        // Bob: baseline in April only. Dan: a zero baseline and a follow-up. Eve: pruned in May, nothing recorded.
        snapshot(ann, "2025-01-05", true, 20);
        snapshot(ann, "2025-02-20", false, 30);
        snapshot(ann, "2025-04-20", false, 60);
        pruned(ann, "2025-01-15");
        snapshot(bob, "2025-04-01", true, 10);
        snapshot(dan, "2025-02-10", true, 0);
        snapshot(dan, "2025-03-10", false, 10);
        pruned(dan, "2025-02-12");
        pruned(eve, "2025-05-01");
        snapshot(fay, "2025-01-02", true, 5);
    }

    private String user(String username, String name, String role) {
        long id = jdbc.queryForObject("insert into app_user (username, display_name, password_hash, organisation_id) "
                + "values (?, ?, 'not-for-sign-in', ?) returning id", Long.class, username, name, organisation);
        jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role);
        return username;
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long team(String name, String managedBy) {
        long id = jdbc.queryForObject("insert into team (organisation_id, name) values (?, ?) returning id", Long.class,
                organisation, name);
        jdbc.update("insert into team_manager (team_id, user_id) values (?, ?)", id, id(managedBy));
        return id;
    }

    private long cohort(String name) {
        return jdbc.queryForObject("insert into cohort (organisation_id, name, join_code) values (?, ?, ?) returning id",
                Long.class, organisation, name, "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    }

    private long member(String name, long team, Long cohort) {
        long id = id(user("staff-" + UUID.randomUUID().toString().substring(0, 8), name, "TRAINEE"));
        jdbc.update("insert into team_member (team_id, user_id) values (?, ?)", team, id);
        if (cohort != null) {
            jdbc.update("insert into cohort_member (cohort_id, user_id) values (?, ?)", cohort, id);
        }
        return id;
    }

    private void completed(long user, int fromLesson, int toLesson, String at) {
        for (String lesson : lessons.subList(fromLesson, toLesson)) {
            jdbc.update("insert into lesson_progress (user_id, course_slug, lesson_slug, current_step, completed_at, updated_at) "
                    + "values (?, 'doorstep', ?, 'end', ?, ?)", user, lesson, ts(at), ts(at));
        }
    }

    private void begun(long user, int lesson, String at) {
        jdbc.update("insert into lesson_progress (user_id, course_slug, lesson_slug, current_step, updated_at) "
                + "values (?, 'doorstep', ?, 'start', ?)", user, lessons.get(lesson), ts(at));
    }

    private void event(long user, String at) {
        jdbc.update("insert into learning_event (user_id, verb, object_id, object_name, occurred_at) "
                + "values (?, 'answered', 'urn:doorstep:test', 'A quiz', ?)", user, ts(at));
    }

    /** Connections of one person, all with the same surname (names no report may print). */
    private void connections(long user, int count, String decision, boolean removed, boolean gone, String lastName) {
        for (int i = 0; i < count; i++) {
            String key = UUID.randomUUID().toString();
            jdbc.update("insert into connection (user_id, match_key, name_key, first_name, last_name, decision, "
                    + "removed_on_linkedin, gone_at) values (?, ?, ?, 'Zeb', ?, ?, ?, ?)", user, key, key, lastName, decision,
                    removed, gone ? ts("2025-03-01T00:00:00Z") : null);
        }
    }

    private void snapshot(long user, String day, boolean baseline, int profileViews) {
        jdbc.update("insert into result_snapshot (user_id, taken_on, baseline, profile_views) values (?, ?, ?, ?)", user,
                Date.valueOf(LocalDate.parse(day)), baseline, profileViews);
    }

    private void pruned(long user, String day) {
        jdbc.update("insert into result_plan (user_id, pruning_finished_on) values (?, ?)", user, Date.valueOf(LocalDate.parse(day)));
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
