alter table mentoring_pair
    add column origin            varchar(20) not null default 'MATCHED',
    add column status            varchar(20) not null default 'ACTIVE',
    add column dissolved_reason  varchar(300),
    add column inactive_notified boolean     not null default false;

-- What session knows about each cycle (from enrollment events).
create table session_cycle (
    cycle_id          uuid        primary key,
    school_id         varchar(63) not null,
    training_required boolean     not null default true,
    sessions_start_on date,
    sessions_end_on   date,
    closed            boolean     not null default false
);
select nearpeer_isolate_by_school('session_cycle');

create table trained_participant (
    cycle_id       uuid         not null,
    participant_id varchar(100) not null,
    school_id      varchar(63)  not null,
    primary key (cycle_id, participant_id)
);
select nearpeer_isolate_by_school('trained_participant');

-- Agreements are versioned: an amendment after signing is a new version to sign again.
create table agreement (
    pair_id            uuid         not null references mentoring_pair (id),
    version            integer      not null,
    school_id          varchar(63)  not null,
    help_areas         jsonb        not null,
    frequency          varchar(20)  not null,
    methods            jsonb        not null,
    usual_places       jsonb        not null,
    ground_rules_acknowledged boolean not null,
    drafted_by         varchar(100) not null,
    drafted_at         timestamptz  not null,
    mentor_signed_at   timestamptz,
    mentee_signed_at   timestamptz,
    primary key (pair_id, version)
);
select nearpeer_isolate_by_school('agreement');

create table mentoring_session (
    id             uuid         primary key,
    school_id      varchar(63)  not null,
    pair_id        uuid         not null references mentoring_pair (id),
    cycle_id       uuid         not null,
    session_date   date         not null,
    start_time     time         not null,
    minutes        integer      not null check (minutes between 5 and 480),
    method         varchar(20)  not null,
    location       varchar(20)  not null,
    activities     jsonb        not null,
    private_note   varchar(2000),
    author_id      varchar(100) not null,
    status         varchar(20)  not null,
    dispute_reason varchar(500),
    logged_at      timestamptz  not null,
    decided_at     timestamptz
);
create index mentoring_session_pair on mentoring_session (pair_id, session_date);
select nearpeer_isolate_by_school('mentoring_session');

create table hours_approval (
    cycle_id    uuid         not null,
    mentor_id   varchar(100) not null,
    school_id   varchar(63)  not null,
    minutes     integer      not null,
    sessions    integer      not null,
    approved_at timestamptz  not null,
    approved_by varchar(100) not null,
    primary key (cycle_id, mentor_id)
);
select nearpeer_isolate_by_school('hours_approval');

create table exam_date (
    id        uuid         primary key,
    school_id varchar(63)  not null,
    cycle_id  uuid         not null,
    exam_on   date         not null,
    title     varchar(200) not null
);
select nearpeer_isolate_by_school('exam_date');
