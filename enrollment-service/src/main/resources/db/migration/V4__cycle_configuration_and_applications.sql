-- Schedule and rules of a cycle (set while it is a draft, frozen once it opens).
alter table program_cycle
    add column matching_on           date,
    add column sessions_start_on     date,
    add column sessions_end_on       date,
    add column survey_opens_on       date,
    add column survey_closes_on      date,
    add column eligible_mentee_years jsonb   not null default '["PY2","Y1","Y2"]',
    add column mentor_year_gap_min   integer not null default 0,
    add column mentor_year_gap_max   integer not null default 2,
    add column mentor_capacity       integer not null default 1,
    add column training_required     boolean not null default true,
    add column same_campus_required  boolean not null default false;

-- Voluntary applications, one open application per student and cycle.
create table application (
    id                      uuid         primary key,
    school_id               varchar(63)  not null,
    cycle_id                uuid         not null references program_cycle (id),
    participant_id          varchar(100) not null,
    participant_email       varchar(254),
    role                    varchar(10)  not null,
    year_level              varchar(8)   not null,
    campus                  varchar(100) not null,
    gender                  varchar(20),
    help_areas              jsonb        not null,
    purposes                jsonb        not null,
    purpose_other           varchar(300),
    meeting_methods         jsonb        not null,
    availability            jsonb        not null,
    study_rhythm            varchar(20),
    study_approach          varchar(20),
    self_description        varchar(1000),
    preferred_partner_gender varchar(20),
    partner_email           varchar(254),
    partner_status          varchar(20),
    partner_note            varchar(300),
    partner_application_id  uuid,
    research_consent        boolean      not null,
    status                  varchar(20)  not null,
    submitted_at            timestamptz  not null,
    updated_at              timestamptz  not null,
    submitted_by            varchar(100) not null,
    version                 bigint       not null default 0
);
create unique index application_one_open_per_student on application (cycle_id, participant_id) where status <> 'WITHDRAWN';
create index application_cycle on application (school_id, cycle_id, role, status);
create index application_partner on application (cycle_id, lower(partner_email)) where status <> 'WITHDRAWN';
select nearpeer_isolate_by_school('application');
