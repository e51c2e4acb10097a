-- The triage's own order (newest first, undated last, then id) as connection_user_stranger_idx (V019) is for
-- "likely strangers first": partial on the rows still on LinkedIn and covering the columns the usual filters read,
-- so a page deep in the list ("undecided only", offset 10,000) finds its 50 ids by an index-only scan and reads
-- only those rows (ConnectionStore.page; docs/benchmarks.md). It replaces V003's index, which every triage
-- query could use only by reading each skipped row from the table to test gone_at and the decision.
create index connection_user_newest_idx
    on connection (user_id, (coalesce(connected_on, date '0001-01-01')) desc, id desc)
    include (connected_on, decision, message_count, invited_by_them, burst_week_count)
    where gone_at is null;

drop index connection_user_order_idx;
