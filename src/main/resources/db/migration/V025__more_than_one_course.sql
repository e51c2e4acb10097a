-- More than one course: a catalogue row per course (the shipped one, 'doorstep', stays the default), a draft of
-- each course's own text (title, summary, lesson order) beside the lessons' drafts, and the course a cohort takes.
create table course (
    slug        text primary key check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    copied_from text references course (slug) on delete set null,
    created_at  timestamptz not null default now(),
    created_by  bigint references app_user (id) on delete set null,
    retired_at  timestamptz,
    retired_by  bigint references app_user (id) on delete set null
);
insert into course (slug) values ('doorstep');
insert into course (slug) select distinct course_slug from course_version on conflict do nothing;

alter table course_version
    add constraint course_version_course_fk foreign key (course_slug) references course (slug);

create table course_draft (
    course_slug text primary key references course (slug) on delete cascade,
    source      text not null,
    updated_at  timestamptz not null,
    updated_by  bigint references app_user (id) on delete set null
);

alter table cohort add column course_slug text not null default 'doorstep' references course (slug);
create index cohort_course_idx on cohort (course_slug);
