-- Sign-in throttling by counters instead of one row per failure (docs/decisions/008-sign-in-under-load.md).
-- One row per account ('ACCOUNT', username, ''), per account and client address ('PAIR', username, client)
-- and per client address ('CLIENT', '', client). Each attempt is claimed by one upsert per row before the
-- password is checked, so concurrent attempts cannot all pass a check made before any of them counted;
-- a successful sign-in gives its claim back.
drop table login_failure;

create table login_failure (
    scope             text not null default 'PAIR' check (scope in ('ACCOUNT', 'PAIR', 'CLIENT')),
    username          text not null default '',
    client            text not null default '',
    failures          integer not null default 1,
    -- the latest counted attempt: delays are measured from it
    failed_at         timestamptz not null,
    -- CLIENT: when its counting window began
    window_started_at timestamptz not null default now(),
    -- when the audit last noted a refused attempt of this row: once per pause, not per refusal
    throttle_noted_at timestamptz,
    primary key (scope, username, client)
);
create index login_failure_username_idx on login_failure (username);
create index login_failure_failed_at_idx on login_failure (failed_at);
