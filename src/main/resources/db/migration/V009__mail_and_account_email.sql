-- E-mail. An account may have an address; Doorstep sends nothing but the verification link to it until
-- that link was followed (email_verified_at). The address is unique whatever its case, so "forgot password"
-- by e-mail names one account at most.
alter table app_user add column email text;
alter table app_user add column email_verified_at timestamptz;
create unique index app_user_email_idx on app_user (lower(email));
-- A password an administrator set is the administrator's secret too: the person must choose their own.
alter table app_user add column must_change_password boolean not null default false;
-- The person's language for mail and screens (a language tag such as en-GB); null is the default.
alter table app_user add column language text;
-- Follow-up reminders by mail, which each person can turn off on their settings page.
alter table app_user add column reminders_enabled boolean not null default true;

-- A link that proves an address belongs to the account (registration, a changed address). Only the
-- token's SHA-256 is kept; a newer link replaces an older one.
create table email_verification (
    user_id    bigint primary key references app_user (id) on delete cascade,
    email      text not null,
    token_hash text not null unique,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
);

-- Set-password links gain the self-service "forgot password" purpose (1 hour).
alter table password_link drop constraint password_link_purpose_check;
alter table password_link add constraint password_link_purpose_check
    check (purpose in ('INVITATION', 'RESET', 'FORGOTTEN'));

-- The transactional outbox: a mail is queued in the transaction of the change that causes it and sent
-- later by a worker (several instances take rows with FOR UPDATE SKIP LOCKED, so each is sent once).
create table mail_outbox (
    id                bigint generated always as identity primary key,
    created_at        timestamptz not null default now(),
    recipient         text not null,
    recipient_user_id bigint references app_user (id) on delete cascade,
    kind              text not null,
    subject           text not null,
    body_text         text not null,
    body_html         text not null,
    state             text not null default 'QUEUED' check (state in ('QUEUED', 'SENT', 'FAILED')),
    attempts          integer not null default 0,
    next_attempt_at   timestamptz not null default now(),
    sent_at           timestamptz,
    last_error        text
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where state = 'QUEUED';
create index mail_outbox_recent_idx on mail_outbox (created_at desc, id desc);
create index mail_outbox_user_idx on mail_outbox (recipient_user_id);

create table mail_attachment (
    id           bigint generated always as identity primary key,
    mail_id      bigint not null references mail_outbox (id) on delete cascade,
    file_name    text not null,
    content_type text not null,
    content      bytea not null
);
create index mail_attachment_mail_idx on mail_attachment (mail_id);
