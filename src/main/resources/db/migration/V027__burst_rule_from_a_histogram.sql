-- The burst rule (V018) as a function of a week histogram, so a first import can hand over the weeks it counted
-- while storing its rows and mark only the rows of its burst weeks, by index, instead of reading every row of the
-- network twice (docs/benchmarks.md, issue 16). mark_burst_weeks keeps its meaning and uses the same rule.
-- rows 5: a network has a handful of burst weeks, not the planner's default 1,000.
create function burst_weeks(weeks date[], made int[]) returns table (week date, made int)
    language sql immutable rows 5 as $$
    with counted as (
        select w.week, w.made from unnest(weeks, made) as w(week, made)
    ), usual as (
        select percentile_cont(0.5) within group (order by c.made) as median from counted c
    )
    select c.week, c.made from counted c, usual u where c.made >= 10 and c.made >= 3 * u.median;
$$;

create or replace function mark_burst_weeks(person bigint) returns void language sql as $$
    with weeks as (
        select date_trunc('week', connected_on)::date as week, count(*)::int as made
          from connection
         where user_id = person and connected_on is not null
         group by 1
    ), bursts as materialized ( -- once: left inline, the rule was worked out again for every row joined
        select b.* from (select array_agg(week) as weeks, array_agg(made) as made from weeks) h,
                        burst_weeks(h.weeks, h.made) b
    ), changed as (
        select c.id, b.made
          from connection c
          left join bursts b on b.week = date_trunc('week', c.connected_on)::date
         where c.user_id = person and c.burst_week_count is distinct from b.made
    )
    update connection c set burst_week_count = changed.made from changed where c.id = changed.id;
$$;

-- After a first import, whose rows carry no mark yet: the rows of the burst weeks among the weeks counted, found
-- through connection_user_newest_idx (V024) by their date range.
create function mark_first_burst_weeks(person bigint, weeks date[], made int[]) returns void language sql
    as $$
    with bursts as materialized (select * from burst_weeks(weeks, made))
    update connection c set burst_week_count = b.made
      from bursts b
     where c.user_id = person and c.gone_at is null
       and coalesce(c.connected_on, date '0001-01-01') >= b.week
       and coalesce(c.connected_on, date '0001-01-01') < b.week + 7;
$$;
