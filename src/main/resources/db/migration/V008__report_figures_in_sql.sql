-- What a manager's report reads of each feature, for one person, as set-returning SQL functions
-- (docs/decisions/006-team-report-sorted-in-sql.md). The report's grid sorts and pages by any of these
-- figures, so they must meet in one SQL statement: the report joins them laterally to each person the team
-- directory resolved for the signed-in manager. Each function is the one definition of its figures and
-- belongs to its feature; PostgreSQL inlines them (language sql, stable), so each person costs a few index
-- lookups and a page sorted by name only its own people. A person with nothing to count gets no row.
-- (V007 is the administration work's, on its own branch.)

-- course: within [start_at, end_at) (either null for open): lessons of these completed, whether all of
-- them were completed with the last one inside, and the latest activity (a lesson's progress or a
-- learning event). No row without a lesson begun.
create function course_progress_of(person bigint, course text, lessons text[], start_at timestamptz, end_at timestamptz)
    returns table (completed_lessons int, completed_course boolean, last_activity timestamptz)
    language sql stable as $$
    select (count(*) filter (where p.completed_at >= coalesce(start_at, '-infinity')
                               and p.completed_at < coalesce(end_at, 'infinity')))::int,
           count(*) filter (where p.completed_at < coalesce(end_at, 'infinity')) = cardinality(lessons)
               and coalesce(max(p.completed_at) filter (where p.completed_at < coalesce(end_at, 'infinity'))
                            >= coalesce(start_at, '-infinity'), false),
           greatest(max(p.updated_at) filter (where p.updated_at >= coalesce(start_at, '-infinity')
                                                and p.updated_at < coalesce(end_at, 'infinity')),
                    (select max(e.occurred_at) from learning_event e where e.user_id = person
                        and e.occurred_at >= coalesce(start_at, '-infinity') and e.occurred_at < coalesce(end_at, 'infinity')))
      from lesson_progress p
     where p.user_id = person and p.course_slug = course and p.lesson_slug = any(lessons)
    having count(*) > 0
$$;

-- exercise: counts only, never names (the tally of V006): connections not gone, of them decided, and
-- those removed on LinkedIn or gone since.
create function exercise_tally_of(person bigint)
    returns table (connections int, reviewed int, removed int)
    language sql stable as $$
    select t.present, t.reviewed, t.removed from connection_tally t where t.user_id = person
$$;

-- results: within [from_day, to_day] (either null for open): whether a baseline was taken by the end, the
-- latest follow-up in the range over it (profile views; null without either, or over a zero baseline),
-- follow-ups overdue as of as_of (the k-th is due due_days[k] days after pruning finished and recorded once
-- k follow-ups are dated after that day and by the end, as results.FollowUps has it), and the last entry in
-- the range. No row without an entry or a pruning date.
create function results_overview_of(person bigint, from_day date, to_day date, as_of date, due_days int[])
    returns table (baseline boolean, profile_view_ratio double precision, overdue_follow_ups int, last_entry date)
    language sql stable as $$
    select s.baseline_views is not null,
           case when s.baseline_views <> 0 then s.latest_views::double precision / s.baseline_views end,
           (select count(*)::int from unnest(due_days) with ordinality d(days, k)
             where s.recorded_after < d.k and as_of > plan.pruning_finished_on + d.days),
           s.last_entry
      from (select person as id) me
      left join result_plan plan on plan.user_id = me.id
     cross join lateral (
        select count(*) as entries,
               max(e.profile_views) filter (where e.baseline and e.taken_on <= coalesce(to_day, 'infinity')) as baseline_views,
               (array_agg(e.profile_views order by e.taken_on desc, e.id desc)
                    filter (where not e.baseline and e.taken_on between coalesce(from_day, '-infinity')
                                                                   and coalesce(to_day, 'infinity')))[1] as latest_views,
               count(*) filter (where not e.baseline and e.taken_on > plan.pruning_finished_on
                                  and e.taken_on <= coalesce(to_day, 'infinity')) as recorded_after,
               max(e.taken_on) filter (where e.taken_on between coalesce(from_day, '-infinity')
                                                            and coalesce(to_day, 'infinity')) as last_entry
          from result_snapshot e where e.user_id = me.id) s
     where s.entries > 0 or plan.user_id is not null
$$;
