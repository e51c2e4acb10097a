-- Live workshops: sessions of a cohort with their own join code, the room's attendance,
-- poll answers (anonymous to the room, one per person and step) and what the trainer revealed.

create table workshop_session (
    id           bigint generated always as identity primary key,
    cohort_id    bigint not null references cohort (id) on delete cascade,
    trainer_id   bigint references app_user (id) on delete set null,
    lesson_slug  text not null,
    join_code    text not null unique,
    starts_at    timestamptz not null,
    state        text not null default 'SCHEDULED' check (state in ('SCHEDULED', 'LIVE', 'ENDED')),
    current_step integer not null default 0 check (current_step >= 0),
    self_paced   boolean not null default false,
    ended_at     timestamptz,
    created_at   timestamptz not null default now()
);
create index workshop_session_cohort_idx on workshop_session (cohort_id);
create index workshop_session_trainer_idx on workshop_session (trainer_id);

create table workshop_attendee (
    session_id bigint not null references workshop_session (id) on delete cascade,
    user_id    bigint not null references app_user (id) on delete cascade,
    joined_at  timestamptz not null,
    -- Where the trainee is when the trainer lets the room go at its own pace.
    own_step   integer not null default 0,
    primary key (session_id, user_id)
);
create index workshop_attendee_user_idx on workshop_attendee (user_id);

create table workshop_answer (
    id          bigint generated always as identity primary key,
    session_id  bigint not null references workshop_session (id) on delete cascade,
    step        integer not null,
    user_id     bigint not null references app_user (id) on delete cascade,
    -- The options chosen on a poll (several on a quiz question with more than one right answer).
    choices     integer[] check (cardinality(choices) > 0),
    text        text check (length(text) <= 280),
    hidden      boolean not null default false,
    answered_at timestamptz not null,
    unique (session_id, step, user_id),
    check ((choices is null) <> (text is null))
);
create index workshop_answer_user_idx on workshop_answer (user_id);

create table workshop_reveal (
    session_id bigint not null references workshop_session (id) on delete cascade,
    step       integer not null,
    primary key (session_id, step)
);
