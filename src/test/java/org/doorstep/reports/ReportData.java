package org.doorstep.reports;

import java.util.List;
import org.doorstep.TestData;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a manager's organisation for {@link ReportBenchmark} in set-wise SQL: trainees spread over
 * teams and cohorts, each with their own amount of course progress, connections and results. Each
 * trainee's connections go in together, as an import stores them. The manager, teams and cohorts come from
 * {@link TestData}; the thousands of trainees and their rows go in set-wise, as one statement each would take minutes.
 */
final class ReportData {

    private final TestData data;
    private final JdbcTemplate jdbc;
    private final String suffix;

    ReportData(ApplicationContext context, String suffix) {
        this.data = TestData.in(context);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.suffix = suffix;
    }

    /** Creates everything and returns the manager's username. */
    String generate(int trainees, int teams, int cohorts) {
        TestData.InOrganisation demo = data.demoOrganisation();
        long organisation = demo.id();
        TestData.Account manager = demo.accountNamed("bench-boss-" + suffix, "Bea Bench", "MANAGER");
        for (int g = 1; g <= teams; g++) {
            demo.team(String.format("Team %02d %s", g, suffix), manager);
        }
        for (int g = 1; g <= cohorts; g++) {
            demo.cohort(String.format("Cohort %d %s", g, suffix));
        }

        // n numbers the trainees; every figure below is spread by it, so each trainee differs.
        jdbc.execute("drop table if exists bench_people");
        jdbc.execute("create unlogged table bench_people (n int primary key, id bigint not null, lessons int not null, "
                + "connections int not null, reviewed_pct int not null)");
        jdbc.update("""
                with made as (
                    insert into app_user (username, display_name, password_hash, organisation_id)
                    select format('bench-%s-%s', ?, g), format('Trainee %s', lpad(g::text, 4, '0')), 'not-for-sign-in', ?
                      from generate_series(1, ?) g
                    returning id, username)
                insert into bench_people
                select n, id, n % 9, case when n % 10 < 7 then 50 + (n * 7919) % 901 else 0 end, (n * 31) % 101
                  from (select id, split_part(username, '-', 3)::int as n from made) numbered""", suffix, organisation, trainees);
        jdbc.update("insert into user_role (user_id, role) select id, 'TRAINEE' from bench_people");
        jdbc.update("""
                insert into team_member (team_id, user_id)
                select t.id, p.id from bench_people p
                  join (select id, row_number() over (order by name) - 1 as k from team where name like ?) t on t.k = p.n % ?""",
                "Team % " + suffix, teams);
        jdbc.update("""
                insert into cohort_member (cohort_id, user_id)
                select c.id, p.id from bench_people p
                  join (select id, row_number() over (order by id) - 1 as k from cohort where name like ?) c on c.k = p.n % ?
                 where p.n % 10 <> 9""", "Cohort % " + suffix, cohorts);
        course();
        connections();
        results();
        jdbc.execute("drop table bench_people");
        jdbc.execute("vacuum analyze"); // as autovacuum would have, long before a manager looks
        return manager.username();
    }

    /** n % 9 lessons completed, three days apart, within the last year; the next one begun; five events per lesson. */
    private void course() {
        List<String> lessons = jdbc.queryForList("""
                select l.slug from course_lesson l where l.version_id = (select id from course_version
                 where course_slug = 'doorstep' order by version desc limit 1) order by l.position""", String.class);
        jdbc.update("""
                insert into lesson_progress (user_id, course_slug, lesson_slug, current_step, completed_at, updated_at)
                select p.id, 'doorstep', l.slug, 'step', case when l.idx <= p.lessons then at end, at
                  from bench_people p cross join unnest(?::text[]) with ordinality l(slug, idx)
                 cross join lateral (select now() - make_interval(days => 30 + p.n % 330) + make_interval(days => 3 * l.idx::int) as at) t
                 where l.idx <= p.lessons + 1""", (Object) lessons.toArray(String[]::new));
        jdbc.update("""
                insert into learning_event (user_id, verb, object_id, object_name, occurred_at)
                select lp.user_id, 'answered', 'urn:doorstep:course:doorstep:lesson:' || lp.lesson_slug, lp.lesson_slug,
                       lp.updated_at - make_interval(mins => 10 * e)
                  from lesson_progress lp join bench_people p on p.id = lp.user_id cross join generate_series(0, 4) e""");
    }

    /** 70 % imported 50–950 connections; a share of each trainee's decided; some removed, some gone. */
    private void connections() {
        int people = jdbc.queryForObject("select max(n) from bench_people", Integer.class);
        for (int from = 1; from <= people; from += 500) {
            jdbc.update("""
                    insert into connection (user_id, match_key, name_key, first_name, last_name, company, position,
                                            connected_on, decision, removed_on_linkedin, gone_at)
                    select id, 'https://www.linkedin.com/in/bench-' || k, 'name:bench ' || k, 'First' || k, 'Last' || k,
                           'Company ' || k % 500, 'Position', date '2008-01-01' + (k * 37) % 6000, decision,
                           coalesce(decision = 'REMOVE' and k % 5 < 3, false), case when k % 97 = 0 then now() end
                      from (select p.id, p.n, k, case when k * 100 <= p.reviewed_pct * p.connections
                                   then (array['KEEP', 'WEAK_TIE', 'REACH_OUT', 'REMOVE', 'LATER'])[1 + (k + p.n) % 5] end as decision
                              from bench_people p cross join lateral generate_series(1, p.connections) k
                             where p.n between ? and ?) rows
                     order by id, k""", from, from + 499);
        }
    }

    /** 75 % recorded a baseline 20–320 days ago and up to three follow-ups 35 days apart; pruning finished 3 days after it. */
    private void results() {
        jdbc.update("""
                insert into result_snapshot (user_id, taken_on, baseline, profile_views, search_appearances, followers)
                select p.id, current_date - (20 + p.n % 300) + j * 35, j = 0, 20 + p.n % 50 + j * (5 + p.n % 20),
                       10 + p.n % 30, 100 + p.n % 900
                  from bench_people p cross join generate_series(0, 3) j
                 where p.n % 4 <> 0 and j <= p.n % 4 and current_date - (20 + p.n % 300) + j * 35 <= current_date""");
        jdbc.update("""
                insert into result_plan (user_id, pruning_finished_on)
                select p.id, current_date - (17 + p.n % 300) from bench_people p where p.n % 4 <> 0""");
    }
}
