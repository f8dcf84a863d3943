-- Tenant isolation in the database. Every tenant-owned table calls nearpeer_isolate_by_school()
-- in its service's migration: rows are visible and writable only when their school_id equals the
-- connection's nearpeer.school (set per pooled connection from the caller's token or the event
-- being consumed), or when that setting is '*' (platform administration, cross-school aggregates).
-- FORCE makes the policy apply to the table owner too: the services connect as the owner.

create function nearpeer_current_school() returns text language sql stable as $$
    select coalesce(current_setting('nearpeer.school', true), '')
$$;

create function nearpeer_isolate_by_school(target regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy school_isolation on %s
                        using (school_id = nearpeer_current_school() or nearpeer_current_school() = ''*'')
                        with check (school_id = nearpeer_current_school() or nearpeer_current_school() = ''*'')', target);
end
$$;
