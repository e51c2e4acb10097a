-- Workshop sessions reach calendars: the zone a session is planned in (its times are shown and sent in it),
-- how long it lasts, a calendar UID that stays with it, the invitation's SEQUENCE (one up with each move
-- or cancellation, so calendars take the newest), and the cancelled state.
alter table workshop_session
    add column time_zone         text not null default 'Europe/London',
    add column duration_minutes  integer not null default 60 check (duration_minutes between 5 and 600),
    add column calendar_uid      uuid not null default gen_random_uuid() unique,
    add column calendar_sequence integer not null default 0 check (calendar_sequence >= 0);

alter table workshop_session drop constraint workshop_session_state_check;
alter table workshop_session add constraint workshop_session_state_check
    check (state in ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED'));
