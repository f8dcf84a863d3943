-- Pairs known to the session service (its own read model of matching events).
create table mentoring_pair (
    id         uuid         primary key,
    school_id  varchar(63)  not null,
    cycle_id   uuid         not null,
    mentor_id  varchar(100) not null,
    mentee_id  varchar(100) not null,
    formed_at  timestamptz  not null
);

create index mentoring_pair_school_cycle on mentoring_pair (school_id, cycle_id);
create index mentoring_pair_mentor on mentoring_pair (mentor_id);
create index mentoring_pair_mentee on mentoring_pair (mentee_id);
