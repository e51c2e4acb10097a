-- Join codes (issue 15): a cohort's code expires (its trainer or an administrator can give it a new one at any
-- time); a cohort takes people of its own organisation only, unless it is open to every organisation; and wrong
-- codes are counted per client address ('JOIN_CLIENT', '', client) and per account ('JOIN_ACCOUNT', '#<id>', '')
-- in login_failure's windowed counters, the sign-in throttle's mechanism. An account's key is its id, not its
-- username, so the deletions by username that forgive sign-in failures never forgive wrong codes.
alter table cohort add column join_code_expires_at timestamptz not null default now() + interval '90 days';
alter table cohort add column open_to_all boolean not null default false;

alter table login_failure drop constraint login_failure_scope_check;
alter table login_failure add constraint login_failure_scope_check
    check (scope in ('ACCOUNT', 'PAIR', 'CLIENT', 'JOIN_CLIENT', 'JOIN_ACCOUNT'));
