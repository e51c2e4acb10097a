package org.doorstep.admin.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything Doorstep holds about one account, as JSON for a data-subject access request: one section per
 * table that names the account, as stored (PostgreSQL writes each section's JSON). Password hashes and link
 * tokens are left out; they are secrets, not information about the person.
 */
@Component
public class UserDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Section name → the rows it holds; :id is the account's id, :username its username. */
    static final Map<String, String> SECTIONS = sections();

    private final JdbcClient jdbc;
    private final Clock clock;

    UserDataExport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String json(long userId, String username) {
        ObjectNode export = JSON.createObjectNode();
        export.put("exportedAt", clock.instant().toString());
        export.set("account", JSON.readTree(jdbc.sql("""
                select json_build_object('id', u.id, 'username', u.username, 'displayName', u.display_name,
                       'active', u.enabled, 'organisation', o.name, 'createdAt', u.created_at)::text
                  from app_user u left join organisation o on o.id = u.organisation_id where u.id = :id""")
                .param("id", userId).query(String.class).single()));
        SECTIONS.forEach((name, rows) -> export.set(name, JSON.readTree(jdbc.sql(
                "select coalesce(json_agg(row_to_json(x)), '[]'::json)::text from (" + rows + ") x")
                .param("id", userId).param("username", username).query(String.class).single())));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(export);
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("roles", "select role from user_role where user_id = :id order by role");
        sections.put("preferences", "select color_scheme from user_preference where username = :username");
        sections.put("teamsMemberOf", """
                select t.name as team, o.name as organisation from team_member m join team t on t.id = m.team_id
                  join organisation o on o.id = t.organisation_id where m.user_id = :id order by t.name""");
        sections.put("teamsManaged", """
                select t.name as team, o.name as organisation from team_manager m join team t on t.id = m.team_id
                  join organisation o on o.id = t.organisation_id where m.user_id = :id order by t.name""");
        sections.put("cohortsMemberOf", """
                select c.name as cohort, m.joined_at from cohort_member m join cohort c on c.id = m.cohort_id
                 where m.user_id = :id order by m.joined_at""");
        sections.put("cohortsRun", "select name as cohort, join_code, created_at from cohort where trainer_id = :id order by created_at");
        sections.put("lessonProgress", """
                select course_slug, lesson_slug, current_step, completed_at, updated_at from lesson_progress
                 where user_id = :id order by course_slug, lesson_slug""");
        // A course reflection's text is the trainee's alone (issue 13): the administrator learns only that one was
        // written. The trainee's own words reach nobody else; what they typed in a live workshop is workshopAnswers.
        sections.put("stepProgress", """
                select course_slug, lesson_slug, step_id, done, best_score, (state::jsonb - 'text')::json as state,
                       coalesce(state::jsonb ->> 'text', '') <> '' as reflection_written, updated_at from step_progress
                 where user_id = :id order by course_slug, lesson_slug, step_id""");
        sections.put("reflections", """
                select count(*) filter (where coalesce(state::jsonb ->> 'text', '') <> '') as written from step_progress
                 where user_id = :id""");
        sections.put("learningEvents", """
                select verb, object_id, object_name, result_score, result_success, result_completion, result_response, occurred_at
                  from learning_event where user_id = :id order by occurred_at, id""");
        // Counts only: a trainee's connections are other people's data, seen by that trainee alone (they
        // download them by name themselves, from the exercise's "My network data").
        sections.put("connections", """
                select count(*) as connections, count(decision) as decided,
                       count(*) filter (where removed_on_linkedin) as removed_on_linkedin,
                       count(*) filter (where gone_at is not null) as gone, min(created_at) as first_imported,
                       max(updated_at) as last_changed
                  from connection where user_id = :id""");
        sections.put("connectionCounts", "select present, reviewed, removed from connection_tally where user_id = :id");
        sections.put("bulkDecisions", """
                select decision, decided, made_at, undone_at from bulk_decision where user_id = :id order by made_at""");
        sections.put("networkImports", """
                select file_name, format, imported_at, added, updated, unchanged, gone, skipped from network_import
                 where user_id = :id order by imported_at""");
        sections.put("resultSnapshots", """
                select taken_on, baseline, profile_views, search_appearances, post_impressions, followers, connection_count,
                       ssi_brand, ssi_people, ssi_insights, ssi_relationships, created_at, updated_at
                  from result_snapshot where user_id = :id order by taken_on""");
        sections.put("resultPlan", "select pruning_finished_on from result_plan where user_id = :id");
        sections.put("workshopSessionsRun", """
                select join_code, lesson_slug, starts_at, state, ended_at from workshop_session where trainer_id = :id order by starts_at""");
        sections.put("workshopAttendance", """
                select s.join_code, s.lesson_slug, a.joined_at from workshop_attendee a join workshop_session s on s.id = a.session_id
                 where a.user_id = :id order by a.joined_at""");
        sections.put("workshopAnswers", """
                select s.join_code, s.lesson_slug, w.step, w.choices, w.text, w.hidden, w.answered_at
                  from workshop_answer w join workshop_session s on s.id = w.session_id where w.user_id = :id order by w.answered_at""");
        sections.put("courseVersionsPublished", """
                select course_slug, version, published_at from course_version where published_by = :id order by published_at""");
        sections.put("coursesCreatedOrRetired", """
                select slug, created_at, created_by = :id as created, retired_at, retired_by = :id as retired from course
                 where created_by = :id or retired_by = :id order by created_at""");
        sections.put("courseDraftsEdited", """
                select course_slug, updated_at, updated_by = :id as edited, review_asked_at,
                       review_asked_by = :id as review_asked from course_draft
                 where updated_by = :id or review_asked_by = :id order by updated_at""");
        sections.put("lessonDraftsEdited", """
                select course_slug, lesson_slug, updated_at, updated_by = :id as edited, review_asked_at,
                       review_asked_by = :id as review_asked from lesson_draft
                 where updated_by = :id or review_asked_by = :id order by updated_at""");
        sections.put("failedSignIns", "select client, failed_at from login_failure where username = :username order by failed_at");
        sections.put("passwordLink", "select purpose, expires_at, created_at from password_link where user_id = :id");
        sections.put("emailVerification", "select email, expires_at, created_at from email_verification where user_id = :id");
        sections.put("passwordHelpRequests", """
                select client, link_sent, requested_at from password_help_request where user_id = :id order by requested_at""");
        // What was mailed to the person, without the bodies: they can carry one-time links (secrets, like tokens).
        sections.put("mailSent", """
                select m.created_at, m.recipient, m.kind, m.subject, m.state, m.attempts, m.sent_at,
                       (select coalesce(json_agg(a.file_name order by a.id), '[]'::json) from mail_attachment a where a.mail_id = m.id) as attachments
                  from mail_outbox m where m.recipient_user_id = :id order by m.created_at, m.id""");
        sections.put("followUpReminders", """
                select follow_up, sent_for_date, queued_at from results_reminder where user_id = :id order by follow_up""");
        sections.put("auditEntries", """
                select occurred_at, actor_username, action, subject_username, details from audit_event
                 where subject_user_id = :id or actor_id = :id order by occurred_at, id""");
        return sections;
    }
}
