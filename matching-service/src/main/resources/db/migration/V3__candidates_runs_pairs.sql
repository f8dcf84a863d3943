-- The cycle's rules and curriculum, from enrollment's CycleConfigured.
alter table candidate_pool
    add column year_levels           jsonb   not null default '["PY1","PY2","Y1","Y2","Y3","Y4"]',
    add column eligible_mentee_years jsonb   not null default '["PY2","Y1","Y2"]',
    add column mentor_year_gap_min   integer not null default 0,
    add column mentor_year_gap_max   integer not null default 2,
    add column mentor_capacity       integer not null default 1,
    add column same_campus_required  boolean not null default false;

-- Applicants of a cycle, matching's own read model of enrollment events.
create table candidate (
    cycle_id                 uuid         not null,
    participant_id           varchar(100) not null,
    school_id                varchar(63)  not null,
    role                     varchar(10)  not null,
    year_level               varchar(8)   not null,
    campus                   varchar(100) not null,
    gender                   varchar(20),
    preferred_partner_gender varchar(20),
    help_areas               jsonb        not null,
    meeting_methods          jsonb        not null,
    availability             jsonb        not null,
    study_rhythm             varchar(20),
    study_approach           varchar(20),
    withdrawn                boolean      not null default false,
    primary key (cycle_id, participant_id)
);
select nearpeer_isolate_by_school('candidate');

create table match_run (
    id         uuid         primary key,
    school_id  varchar(63)  not null,
    cycle_id   uuid         not null,
    dry_run    boolean      not null,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    report     jsonb        not null
);
create index match_run_cycle on match_run (school_id, cycle_id, created_at desc);
select nearpeer_isolate_by_school('match_run');

create table match_pair (
    id         uuid         primary key,
    school_id  varchar(63)  not null,
    cycle_id   uuid         not null,
    run_id     uuid,
    mentee_id  varchar(100) not null,
    mentor_id  varchar(100) not null,
    origin     varchar(20)  not null,
    status     varchar(20)  not null,
    score      integer,
    breakdown  jsonb        not null,
    warnings   jsonb        not null,
    created_at timestamptz  not null,
    decided_at timestamptz,
    reason     varchar(300)
);
create index match_pair_cycle on match_pair (school_id, cycle_id, status);
create unique index match_pair_one_active_per_mentee on match_pair (cycle_id, mentee_id) where status in ('PROPOSED', 'CONFIRMED');
select nearpeer_isolate_by_school('match_pair');
