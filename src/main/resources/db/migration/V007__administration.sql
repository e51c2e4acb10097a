-- Administration: the audit log, one-time links to set a password, and a way to end a user's sessions.

-- Raised to end every session of the account on every instance (deactivation, password reset, role
-- change): a signed-in session remembers the value it signed in with and ends when it no longer matches.
alter table app_user add column session_version integer not null default 0;

-- Who did what to whom. Names are kept as text, so an entry outlives the accounts it names (a deleted
-- account's id goes, its username stays as written).
create table audit_event (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz not null default now(),
    actor_id         bigint references app_user (id) on delete set null,
    actor_username   text not null,
    action           text not null,
    subject_user_id  bigint references app_user (id) on delete set null,
    subject_username text,
    details          text not null default ''
);
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);
create index audit_event_subject_idx on audit_event (subject_user_id);
create index audit_event_actor_idx on audit_event (actor_id);

-- A link an administrator hands over to set a password (an invitation or a reset): only its SHA-256 is
-- stored, it works once and until it expires, and a newer link replaces an older one.
create table password_link (
    user_id    bigint primary key references app_user (id) on delete cascade,
    token_hash text not null unique,
    purpose    text not null check (purpose in ('INVITATION', 'RESET')),
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
);
