-- "Forgot password?" requests, kept a day so they can be counted: per client address (every request) and
-- per account (links sent), so a flood from one place, or at one person's mailbox, sends nothing more.
create table password_help_request (
    id           bigint generated always as identity primary key,
    client       text not null,
    user_id      bigint references app_user (id) on delete cascade,
    link_sent    boolean not null default false,
    requested_at timestamptz not null
);
create index password_help_request_client_idx on password_help_request (client, requested_at);
create index password_help_request_user_idx on password_help_request (user_id, requested_at) where link_sent;
create index password_help_request_age_idx on password_help_request (requested_at);
