-- Deciding many connections at once (issue 16), with an undo for the last such action that survives a reload.
--
-- bulk_decision: one row per bulk action of a trainee. Only the newest one that is not undone can be undone.
-- On connection, three columns keep what one level of undo needs, so that a bulk action and its undo are one
-- UPDATE each over the trainee's rows (20,000 rows well under a second, docs/benchmarks.md) with no second
-- table to fill or join:
--   bulk_decision_id: the bulk action that set this decision; null when the decision was made one by one (or
--                     there is none). A decision made one by one afterwards sets it back to null, which takes
--                     the row out of the undo and protects it from later bulk actions (unless overridden).
--   decision_before, reach_out_due_before, bulk_decision_before: the row as it was before that bulk action,
--                     what its undo restores (an undecided row comes back undecided).
-- Criteria ticks are not here: a bulk action never touches them.

create table bulk_decision (
    id         bigint generated always as identity primary key,
    user_id    bigint not null references app_user (id) on delete cascade,
    decision   text check (decision in ('KEEP', 'WEAK_TIE', 'REACH_OUT', 'REMOVE', 'LATER')),
    decided    int not null,
    made_at    timestamptz not null,
    undone_at  timestamptz
);
create index bulk_decision_user_idx on bulk_decision (user_id, id desc);

alter table connection
    add column bulk_decision_id      bigint,
    add column decision_before       text,
    add column reach_out_due_before  date,
    add column bulk_decision_before  bigint;
