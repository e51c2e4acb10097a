-- Results: figures a trainee reads from LinkedIn and records by hand, dated; one baseline before
-- pruning, then follow-ups. The date pruning finished sets the follow-ups' due dates.

create table result_snapshot (
    id                 bigint generated always as identity primary key,
    user_id            bigint not null references app_user (id) on delete cascade,
    taken_on           date not null,
    baseline           boolean not null,
    profile_views      int not null check (profile_views >= 0),
    search_appearances int check (search_appearances >= 0),
    post_impressions   int check (post_impressions >= 0),
    followers          int check (followers >= 0),
    connection_count   int check (connection_count >= 0),
    ssi_brand          int check (ssi_brand between 0 and 25),
    ssi_people         int check (ssi_people between 0 and 25),
    ssi_insights       int check (ssi_insights between 0 and 25),
    ssi_relationships  int check (ssi_relationships between 0 and 25),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    -- The Social Selling Index is recorded whole or not at all: its total is the sum of the pillars.
    check ((ssi_brand is null) = (ssi_people is null) and (ssi_people is null) = (ssi_insights is null)
           and (ssi_insights is null) = (ssi_relationships is null))
);
create unique index result_snapshot_one_baseline on result_snapshot (user_id) where baseline;
create index result_snapshot_user_idx on result_snapshot (user_id, taken_on);

create table result_plan (
    user_id             bigint primary key references app_user (id) on delete cascade,
    pruning_finished_on date not null
);
