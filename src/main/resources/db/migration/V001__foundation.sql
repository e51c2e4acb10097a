-- Foundation: organisations, teams, cohorts, user accounts with roles, login throttling.

create table organisation (
    id         bigint generated always as identity primary key,
    name       text not null unique,
    created_at timestamptz not null default now()
);

create table team (
    id              bigint generated always as identity primary key,
    organisation_id bigint not null references organisation (id) on delete cascade,
    name            text not null,
    unique (organisation_id, name)
);

-- Usernames are stored lower-case, so one plain unique constraint covers case variants.
create table app_user (
    id              bigint generated always as identity primary key,
    username        text not null unique check (username = lower(username)),
    display_name    text not null,
    password_hash   text not null,
    enabled         boolean not null default true,
    organisation_id bigint references organisation (id),
    created_at      timestamptz not null default now()
);

create table user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text not null check (role in ('TRAINEE', 'TRAINER', 'MANAGER', 'ADMIN')),
    primary key (user_id, role)
);

create table team_member (
    team_id bigint not null references team (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    primary key (team_id, user_id)
);

create table team_manager (
    team_id bigint not null references team (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    primary key (team_id, user_id)
);

create table cohort (
    id              bigint generated always as identity primary key,
    organisation_id bigint not null references organisation (id) on delete cascade,
    name            text not null,
    join_code       text not null unique,
    trainer_id      bigint references app_user (id) on delete set null,
    created_at      timestamptz not null default now()
);

create table cohort_member (
    cohort_id bigint not null references cohort (id) on delete cascade,
    user_id   bigint not null references app_user (id) on delete cascade,
    joined_at timestamptz not null default now(),
    primary key (cohort_id, user_id)
);
create index cohort_member_user_idx on cohort_member (user_id);

-- Per-user settings of the shell (light/dark), kept with the user.
create table user_preference (
    username     text primary key references app_user (username) on delete cascade on update cascade,
    color_scheme text not null default 'LIGHT' check (color_scheme in ('LIGHT', 'DARK'))
);

-- Failed sign-ins, counted per account and per client within a window; shared by all instances.
create table login_failure (
    id        bigint generated always as identity primary key,
    username  text not null,
    client    text not null,
    failed_at timestamptz not null
);
create index login_failure_username_idx on login_failure (username, failed_at);
create index login_failure_client_idx on login_failure (client, failed_at);
