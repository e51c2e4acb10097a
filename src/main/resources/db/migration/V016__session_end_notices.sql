-- Ending sessions at once (decision 006, addendum of issue 15): whenever an account's sessions must end
-- (deactivated, session version raised, deleted), every instance hears it on doorstep_sessions and closes
-- that account's open screens, push included, instead of waiting for their next request. Sent on commit only.
create function notify_session_end() returns trigger language plpgsql as $$
begin
    perform pg_notify('doorstep_sessions', old.id::text);
    return null;
end
$$;

create trigger app_user_session_end
    after update of enabled, session_version on app_user
    for each row
    when (old.session_version is distinct from new.session_version or (old.enabled and not new.enabled))
    execute function notify_session_end();

create trigger app_user_deleted_session_end
    after delete on app_user
    for each row
    execute function notify_session_end();
