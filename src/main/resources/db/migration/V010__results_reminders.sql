-- Follow-up reminders by mail: one row per trainee and follow-up (30, 60 or 90 days after pruning finished),
-- written in the transaction that queues the mail, so no instance and no restart sends a reminder twice.
create table results_reminder (
    user_id       bigint not null references app_user (id) on delete cascade,
    follow_up     integer not null check (follow_up in (30, 60, 90)),
    sent_for_date date not null,
    queued_at     timestamptz not null default now(),
    primary key (user_id, follow_up)
);
