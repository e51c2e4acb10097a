-- Course content as published versions (each lesson's YAML source), trainers' drafts,
-- each trainee's progress per lesson and step, and xAPI-shaped learning events.

create table course_version (
    id           bigint generated always as identity primary key,
    course_slug  text not null,
    version      int not null,
    origin       text not null check (origin in ('FILE', 'AUTHOR')),
    source_hash  text not null,
    published_at timestamptz not null default now(),
    published_by bigint references app_user (id) on delete set null,
    unique (course_slug, version)
);

create table course_lesson (
    version_id bigint not null references course_version (id) on delete cascade,
    position   int not null,
    slug       text not null,
    source     text not null,
    primary key (version_id, slug)
);

create table course_meta (
    version_id bigint primary key references course_version (id) on delete cascade,
    source     text not null
);

create table lesson_draft (
    course_slug text not null,
    lesson_slug text not null,
    source      text not null,
    updated_at  timestamptz not null,
    updated_by  bigint references app_user (id) on delete set null,
    primary key (course_slug, lesson_slug)
);

create table lesson_progress (
    user_id      bigint not null references app_user (id) on delete cascade,
    course_slug  text not null,
    lesson_slug  text not null,
    current_step text,
    completed_at timestamptz,
    updated_at   timestamptz not null,
    primary key (user_id, course_slug, lesson_slug)
);

create table step_progress (
    user_id     bigint not null references app_user (id) on delete cascade,
    course_slug text not null,
    lesson_slug text not null,
    step_id     text not null,
    done        boolean not null default false,
    best_score  int,
    state       text not null default '{}',
    updated_at  timestamptz not null,
    primary key (user_id, course_slug, lesson_slug, step_id)
);

create table learning_event (
    id                bigint generated always as identity primary key,
    user_id           bigint not null references app_user (id) on delete cascade,
    verb              text not null check (verb in ('attempted', 'answered', 'completed', 'passed', 'failed')),
    object_id         text not null,
    object_name       text not null,
    result_score      numeric,
    result_success    boolean,
    result_completion boolean,
    result_response   text,
    occurred_at       timestamptz not null
);
create index learning_event_user_idx on learning_event (user_id, occurred_at);
create index learning_event_time_idx on learning_event (occurred_at);
