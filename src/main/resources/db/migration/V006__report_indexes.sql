-- What managers' reports read fast (docs/benchmarks.md, "Team report").
--
-- connection_tally: per trainee, the three counts a report shows of the exercise, kept by statement-level
-- triggers on connection. Counting them from connection itself reads every row of every trainee of the
-- report (1.75 million for 5,000 trainees in the benchmark: 430–460 ms alone); the tally answers with one
-- row per trainee. It is an index in all but name: nothing writes it but these triggers, and a trainee
-- without a row has no counts (all zero). One trigger per event: transition tables allow no more.
--   present:  connections not gone from LinkedIn
--   reviewed: of those, decided (any decision but "later")
--   removed:  decided "remove" and ticked as removed on LinkedIn, or gone since

create table connection_tally (
    user_id  bigint primary key,
    present  int not null,
    reviewed int not null,
    removed  int not null
);

insert into connection_tally (user_id, present, reviewed, removed)
select user_id,
       count(*) filter (where gone_at is null),
       count(*) filter (where gone_at is null and decision is not null and decision <> 'LATER'),
       count(*) filter (where decision = 'REMOVE' and (removed_on_linkedin or gone_at is not null))
  from connection group by user_id;

-- The counts of a set of rows, signed: +1 for rows as they are now, -1 for rows as they were.
create function connection_tally_add(changes connection_tally[]) returns void language sql as $$
    insert into connection_tally as t (user_id, present, reviewed, removed)
    select user_id, present, reviewed, removed from unnest(changes)
     where present <> 0 or reviewed <> 0 or removed <> 0
    on conflict (user_id) do update set present = t.present + excluded.present,
           reviewed = t.reviewed + excluded.reviewed, removed = t.removed + excluded.removed;
    -- A trainee whose counts are all zero needs no row, and a deleted account leaves none behind.
    delete from connection_tally t
     where t.user_id in (select user_id from unnest(changes)) and t.present = 0 and t.reviewed = 0 and t.removed = 0;
$$;

create function connection_tally_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform connection_tally_add(array(
            select row(user_id,
                       count(*) filter (where gone_at is null),
                       count(*) filter (where gone_at is null and decision is not null and decision <> 'LATER'),
                       count(*) filter (where decision = 'REMOVE' and (removed_on_linkedin or gone_at is not null))
                   )::connection_tally
              from new_rows group by user_id));
    elsif tg_op = 'DELETE' then
        perform connection_tally_add(array(
            select row(user_id,
                       -count(*) filter (where gone_at is null),
                       -count(*) filter (where gone_at is null and decision is not null and decision <> 'LATER'),
                       -count(*) filter (where decision = 'REMOVE' and (removed_on_linkedin or gone_at is not null))
                   )::connection_tally
              from old_rows group by user_id));
    else
        perform connection_tally_add(array(
            select row(user_id,
                       coalesce(sum(sign) filter (where gone_at is null), 0),
                       coalesce(sum(sign) filter (where gone_at is null and decision is not null and decision <> 'LATER'), 0),
                       coalesce(sum(sign) filter (where decision = 'REMOVE' and (removed_on_linkedin or gone_at is not null)), 0)
                   )::connection_tally
              from (select user_id, 1 as sign, gone_at, decision, removed_on_linkedin from new_rows
                    union all
                    select user_id, -1, gone_at, decision, removed_on_linkedin from old_rows) changed
             group by user_id));
    end if;
    return null;
end
$$;

create trigger connection_tally_insert after insert on connection
    referencing new table as new_rows for each statement execute function connection_tally_change();
create trigger connection_tally_update after update on connection
    referencing old table as old_rows new table as new_rows for each statement execute function connection_tally_change();
create trigger connection_tally_delete after delete on connection
    referencing old table as old_rows for each statement execute function connection_tally_change();

-- "Which teams do I manage?" opens every report.
create index team_manager_user_idx on team_manager (user_id);
