-- Pre-education: sessions per track, registrations, attendance recorded by a coordinator.
create table training_session (
    id         uuid         primary key,
    school_id  varchar(63)  not null,
    cycle_id   uuid         not null references program_cycle (id),
    track      varchar(10)  not null,
    starts_at  timestamptz  not null,
    minutes    integer      not null check (minutes between 15 and 600),
    place      varchar(200) not null,
    capacity   integer      not null check (capacity between 1 and 1000),
    created_at timestamptz  not null
);
create index training_session_cycle on training_session (school_id, cycle_id, starts_at);
select nearpeer_isolate_by_school('training_session');

create table training_registration (
    session_id             uuid         not null references training_session (id),
    school_id              varchar(63)  not null,
    participant_id         varchar(100) not null,
    registered_at          timestamptz  not null,
    attended               boolean      not null default false,
    attendance_recorded_at timestamptz,
    primary key (session_id, participant_id)
);
select nearpeer_isolate_by_school('training_registration');

-- Eligible students uploaded by campus systems; when a cycle has a roster, only its students may apply.
create table roster_entry (
    school_id   varchar(63)  not null,
    cycle_id    uuid         not null references program_cycle (id),
    email       varchar(254) not null,
    year_level  varchar(8)   not null,
    campus      varchar(100) not null,
    imported_at timestamptz  not null,
    primary key (cycle_id, email)
);
select nearpeer_isolate_by_school('roster_entry');

-- Idempotent uploads: the same key replays the stored answer; another body under the same key is refused.
create table roster_upload (
    school_id       varchar(63)  not null,
    idempotency_key varchar(100) not null,
    cycle_id        uuid         not null,
    request_hash    varchar(64)  not null,
    response        jsonb        not null,
    created_at      timestamptz  not null,
    primary key (school_id, idempotency_key)
);
select nearpeer_isolate_by_school('roster_upload');
