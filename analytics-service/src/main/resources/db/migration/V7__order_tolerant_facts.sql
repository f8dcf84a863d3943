-- Projections must not depend on the order topics are replayed in (a rebuild runs beside the live
-- consumers): erased responses leave a tombstone so a late submission is not counted, and facts
-- replaced by newer events remember the time of the event they came from.
create table erased_response (
    response_id uuid        primary key,
    school_id   varchar(63) not null
);
select nearpeer_isolate_by_school('erased_response');

alter table participant add column described_at timestamptz not null default '1970-01-01T00:00:00Z';
alter table approved_hours add column approved_at timestamptz not null default '1970-01-01T00:00:00Z';
