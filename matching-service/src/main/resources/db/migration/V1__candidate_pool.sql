-- Each cycle's candidate pool, matching's own read model of enrollment events.
create table candidate_pool (
    cycle_id   uuid        primary key,
    school_id  varchar(63) not null,
    semester   varchar(20) not null,
    opened_at  timestamptz not null,
    mentees    integer     not null default 0,
    mentors    integer     not null default 0
);

create index candidate_pool_school on candidate_pool (school_id);
