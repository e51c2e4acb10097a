-- What the export says about each relationship (issue 16), kept on the connection so that filters and the
-- "likely strangers first" order read one row. Filled by the import; a trainee's own judgement stays in
-- the criteria and the decision, which this evidence never sets.
--   message_count:    messages exchanged with them in messages.csv (0 when none, or no messages.csv)
--   invited_by_them:  from Invitations.csv: true when they invited the trainee, false when the trainee
--                     invited them, null when no invitation is in LinkedIn's export window
--   invitation_note:  the invitation's message, null when it had none (or there is no invitation)
--   burst_week_count: connections made in this row's week (Monday to Sunday) when that week was a burst,
--                     null otherwise; set by mark_burst_weeks after each import
alter table connection
    add column message_count    integer not null default 0,
    add column invited_by_them  boolean,
    add column invitation_note  text,
    add column burst_week_count integer;

-- A burst: a week with at least 10 new connections and at least three times the person's usual week (the
-- median of the weeks in which they made any). Simple on purpose: the trainee reads the reason in words,
-- and nothing is decided for them.
create function mark_burst_weeks(person bigint) returns void language sql as $$
    with weeks as (
        select date_trunc('week', connected_on)::date as week, count(*)::int as made
          from connection
         where user_id = person and connected_on is not null
         group by 1
    ), usual as (
        select percentile_cont(0.5) within group (order by made) as median from weeks
    ), bursts as (
        select w.week, w.made from weeks w, usual u where w.made >= 10 and w.made >= 3 * u.median
    )
    update connection c
       set burst_week_count = b.made
      from (select c2.id, b.made
              from connection c2
              left join bursts b on b.week = date_trunc('week', c2.connected_on)::date
             where c2.user_id = person) b
     where c.id = b.id and c.burst_week_count is distinct from b.made;
$$;
