-- mark_burst_weeks (V027) joined its changed rows back to connection by id, and the planner, expecting every row of
-- the person to change, hashed them and read the whole table to find them: 100-350 ms once the table held other
-- trainees' networks (docs/benchmarks.md, issue 16). Each row now looks its week up among the handful of burst weeks,
-- so only the person's rows are read, through their index.
create or replace function mark_burst_weeks(person bigint) returns void language sql as $$
    with weeks as (
        select date_trunc('week', connected_on)::date as week, count(*)::int as made
          from connection
         where user_id = person and connected_on is not null
         group by 1
    ), bursts as materialized ( -- once: left inline, the rule was worked out again for every row
        select b.* from (select array_agg(week) as weeks, array_agg(made) as made from weeks) h,
                        burst_weeks(h.weeks, h.made) b
    )
    update connection c
       set burst_week_count = (select b.made from bursts b where b.week = date_trunc('week', c.connected_on)::date)
     where c.user_id = person
       and c.burst_week_count is distinct from
           (select b.made from bursts b where b.week = date_trunc('week', c.connected_on)::date);
$$;
