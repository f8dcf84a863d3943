-- Research feeds are incremental: every change to a Likert cell stamps it with the id of the
-- writing transaction, and a feed serves only transactions older than every one still running,
-- so a cursor never skips a change that commits late.
alter table likert_cell add column version bigint not null default 0;

create function likert_cell_stamp_version() returns trigger language plpgsql as $$
begin
    new.version := pg_current_xact_id()::text::bigint;
    return new;
end;
$$;

create trigger likert_cell_version before insert or update on likert_cell
    for each row execute function likert_cell_stamp_version();

create index likert_cell_version on likert_cell (version);
