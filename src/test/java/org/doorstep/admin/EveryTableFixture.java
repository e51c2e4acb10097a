package org.doorstep.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.base.Roles;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One account with a row in every table that can name an account: roles, teams it is in and manages, a cohort
 * it is in and one it trains, preferences, a failed sign-in, course content it published and drafted, progress,
 * learning events, connections, an import, results, a workshop it ran, attended and answered, audit entries
 * by and about it, a password link, a pending address, a forgotten-password request, mail sent to it and a follow-up
 * reminder. Text it owns carries the marker, so an export can be checked for it.
 */
public final class EveryTableFixture {

    public final Account person;
    public final String marker;
    public final long cohortRun;

    public EveryTableFixture(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        marker = "mark" + UUID.randomUUID().toString().substring(0, 8);
        person = TestData.in(context).account("every", "Evie Everywhere", Roles.TRAINEE, Roles.TRAINER);
        long id = person.id();
        Timestamp now = Timestamp.from(Instant.now());
        TestData data = TestData.in(context);
        TestData.InOrganisation demo = data.demoOrganisation();
        long organisation = demo.id();

        jdbc.update("insert into team_member (team_id, user_id) select id, ? from team where name = 'Sales' and organisation_id = ?", id, organisation);
        jdbc.update("insert into team_manager (team_id, user_id) select id, ? from team where name = 'Customer Success' and organisation_id = ?", id, organisation);
        jdbc.update("insert into cohort_member (cohort_id, user_id) select id, ? from cohort where join_code = 'CUPPA742'", id);
        cohortRun = demo.cohort("Cohort " + marker, person).id();
        jdbc.update("insert into user_preference (username, color_scheme) values (?, 'DARK')", person.username());
        jdbc.update("insert into login_failure (username, client, failed_at) values (?, '203.0.113.7', ?)", person.username(), now);

        jdbc.update("insert into course (slug, created_by, retired_at, retired_by) values (?, ?, ?, ?)",
                "course-" + marker, id, now, id);
        jdbc.update("insert into course_draft (course_slug, source, updated_at, updated_by, review_asked_at, review_asked_by) "
                + "values (?, 'title: x', ?, ?, ?, ?)", "course-" + marker, now, id, now, id);
        long version = jdbc.queryForObject("insert into course_version (course_slug, version, origin, source_hash, published_by) "
                + "values (?, 1, 'AUTHOR', 'x', ?) returning id", Long.class, "course-" + marker, id);
        // Every published version has its course text: other tests list every course of the catalogue by its title.
        jdbc.update("insert into course_meta (version_id, source) values (?, ?)", version,
                "slug: course-" + marker + "\ntitle: Course " + marker + "\nsummary: x\nlessons: [draft]\n");
        jdbc.update("insert into lesson_draft (course_slug, lesson_slug, source, updated_at, updated_by, review_asked_at, review_asked_by) "
                + "values (?, 'draft', 'title: x', ?, ?, ?, ?)", "course-" + marker, now, id, now, id);
        jdbc.update("insert into lesson_progress (user_id, course_slug, lesson_slug, current_step, updated_at) values (?, 'doorstep', 'four-criteria', 'intro', ?)",
                id, now);
        jdbc.update("insert into step_progress (user_id, course_slug, lesson_slug, step_id, done, state, updated_at) "
                + "values (?, 'doorstep', 'four-criteria', 'your-last-three', true, '{\"done\":true,\"text\":\"private-" + marker + "\"}', ?)", id, now);
        jdbc.update("insert into learning_event (user_id, verb, object_id, object_name, result_response, occurred_at) "
                + "values (?, 'answered', 'lesson/four-criteria/intro', 'Intro', ?, ?)", id, marker, now);

        jdbc.update("insert into connection (user_id, match_key, name_key, first_name, last_name, company) values (?, ?, 'ann', 'Ann', 'Connected', ?)",
                id, "https://www.linkedin.com/in/" + marker, "Company " + marker);
        jdbc.update("insert into bulk_decision (user_id, decision, decided, made_at) values (?, 'REMOVE', 1, ?)", id, now);
        jdbc.update("insert into network_import (user_id, file_name, format, imported_at, added, updated, unchanged, gone, skipped) "
                + "values (?, 'Connections.csv', 'CURRENT', ?, 1, 0, 0, 0, 0)", id, now);
        data.of(person).snapshot(LocalDate.now(), true, 42).pruned(LocalDate.now());

        long session = jdbc.queryForObject("insert into workshop_session (cohort_id, trainer_id, lesson_slug, join_code, starts_at) "
                + "values (?, ?, 'four-criteria', ?, ?) returning id", Long.class, cohortRun, id, "W" + marker.substring(4, 9).toUpperCase(), now);
        long attended = jdbc.queryForObject("insert into workshop_session (cohort_id, lesson_slug, join_code, starts_at) "
                + "select id, 'four-criteria', ?, ? from cohort where join_code = 'CUPPA742' returning id", Long.class,
                "V" + marker.substring(4, 9).toUpperCase(), now);
        jdbc.update("insert into workshop_attendee (session_id, user_id, joined_at) values (?, ?, ?)", attended, id, now);
        jdbc.update("insert into workshop_answer (session_id, step, user_id, text, answered_at) values (?, 0, ?, ?, ?)", attended, id, marker, now);
        jdbc.update("insert into workshop_reveal (session_id, step) values (?, 0)", session);

        jdbc.update("insert into audit_event (actor_id, actor_username, action, subject_user_id, subject_username, details) "
                + "values (?, ?, 'TEST', ?, ?, 'by and about')", id, person.username(), id, person.username());
        jdbc.update("insert into password_link (user_id, token_hash, purpose, expires_at) values (?, ?, 'RESET', ?)",
                id, "hash-" + marker, Timestamp.from(Instant.now().plusSeconds(3600)));
        jdbc.update("insert into email_verification (user_id, email, token_hash, expires_at) values (?, ?, ?, ?)",
                id, marker + "@example.com", "verify-" + marker, Timestamp.from(Instant.now().plusSeconds(3600)));
        jdbc.update("insert into password_help_request (client, user_id, link_sent, requested_at) values ('203.0.113.7', ?, true, ?)", id, now);
        long mail = jdbc.queryForObject("insert into mail_outbox (recipient, recipient_user_id, kind, subject, body_text, body_html, state, sent_at) "
                + "values (?, ?, 'test', 'Hello', ?, ?, 'SENT', now()) returning id", Long.class,
                marker + "@example.org", id, "body-" + marker, "<p>body-" + marker + "</p>");
        jdbc.update("insert into mail_attachment (mail_id, file_name, content_type, content) values (?, 'note.txt', 'text/plain', ?)",
                mail, marker.getBytes());
        jdbc.update("insert into results_reminder (user_id, follow_up, sent_for_date) values (?, 30, current_date)", id);
    }
}
