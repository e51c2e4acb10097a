-- Each person may read times in a zone of their own (a region name such as America/New_York, from the same list
-- workshops are planned in); null is the organisation's default, doorstep.time-zone.
alter table app_user add column time_zone text;
