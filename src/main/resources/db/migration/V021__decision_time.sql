-- When each connection got its current decision (issue 16: "at the current pace, how long the rest will take").
-- updated_at cannot tell: every import sets it on every row, and notes and criteria set it too. A trigger
-- rather than each statement, so that one-by-one and bulk decisions alike are timed; "UPDATE OF decision"
-- keeps imports (which never set the decision) from paying for it. Decisions made before this migration
-- have no time and do not count towards the pace.
alter table connection add column decided_at timestamptz;

create function note_decision_time() returns trigger language plpgsql as $$
begin
    new.decided_at := case when new.decision is null or new.decision = 'LATER' then null else statement_timestamp() end;
    return new;
end
$$;

create trigger connection_decision_time
    before update of decision on connection
    for each row when (old.decision is distinct from new.decision)
    execute function note_decision_time();
