-- mark_burst_weeks (V018) in fewer steps: only the rows whose mark changes are joined back for the update, and
-- every read is limited to the person's rows. The same marks as before; 75–80 ms instead of about 135 ms on a
-- 30,000-connection network among 180,000 (docs/benchmarks.md).
create or replace function mark_burst_weeks(person bigint) returns void language sql as $$
    with weeks as (
        select date_trunc('week', connected_on)::date as week, count(*)::int as made
          from connection
         where user_id = person and connected_on is not null
         group by 1
    ), usual as (
        select percentile_cont(0.5) within group (order by made) as median from weeks
    ), bursts as (
        select w.week, w.made from weeks w, usual u where w.made >= 10 and w.made >= 3 * u.median
    ), changed as (
        select c.id, b.made
          from connection c
          left join bursts b on b.week = date_trunc('week', c.connected_on)::date
         where c.user_id = person and c.burst_week_count is distinct from b.made
    )
    update connection c set burst_week_count = changed.made from changed where c.id = changed.id;
$$;
