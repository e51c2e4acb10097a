-- "Likely strangers first" (issue 16): one point for each sign in the export that the trainee may not know
-- the person, so the triage can page in that order from an index. The rule, also in README:
--   never messaged + they invited the trainee without a note + connected in a burst week + no company or position
-- Higher first, then newest, then id. It only orders the list: the trainee still decides every person.
alter table connection
    add column stranger_score smallint generated always as (
          (message_count = 0)::int
        + (coalesce(invited_by_them, false) and btrim(coalesce(invitation_note, '')) = '')::int
        + (burst_week_count is not null)::int
        + (btrim(coalesce(company, '')) = '' and btrim(coalesce(position, '')) = '')::int
    ) stored;

-- The order's keyset, as connection_user_order_idx is for newest first (V003). Partial and covering (the
-- columns the usual filters read): a page deep in the list finds its 50 ids by an index-only scan and reads
-- only those rows (ConnectionStore.page; docs/benchmarks.md).
create index connection_user_stranger_idx
    on connection (user_id, stranger_score desc, (coalesce(connected_on, date '0001-01-01')) desc, id desc)
    include (connected_on, decision, message_count, invited_by_them, burst_week_count)
    where gone_at is null;

-- "Connected in a burst week": a few dozen rows of thousands, found without reading the others.
create index connection_user_burst_idx
    on connection (user_id, (coalesce(connected_on, date '0001-01-01')) desc, id desc)
    where burst_week_count is not null and gone_at is null;
