-- Facts behind the program tables (participation, response rate, implementation, volunteer hours),
-- one row per application, campaign, pair, logged session and mentor, kept from the producers' events.

-- The school's settings analytics needs (from SchoolRegistered): the research-feed suppression threshold.
create table school_setting (
    school_id             varchar(63)  primary key,
    name                  varchar(200) not null,
    suppression_threshold integer      not null
);
select nearpeer_isolate_by_school('school_setting');

create table participant (
    application_id uuid         primary key,
    school_id      varchar(63)  not null,
    cycle_id       uuid         not null,
    participant_id varchar(255) not null,
    role           varchar(10)  not null,
    year_level     varchar(20)  not null,
    gender         varchar(20),
    withdrawn      boolean      not null default false
);
create index participant_cycle on participant (cycle_id);
select nearpeer_isolate_by_school('participant');

create table campaign (
    campaign_id     uuid        primary key,
    school_id       varchar(63) not null,
    cycle_id        uuid        not null,
    invited_mentees integer     not null,
    invited_mentors integer     not null
);
create index campaign_cycle on campaign (cycle_id);
select nearpeer_isolate_by_school('campaign');

create table pair_record (
    pair_id   uuid         primary key,
    school_id varchar(63)  not null,
    cycle_id  uuid         not null,
    mentor_id varchar(255) not null,
    mentee_id varchar(255) not null,
    origin    varchar(20)  not null,
    dissolved boolean      not null default false
);
create index pair_record_cycle on pair_record (cycle_id);
select nearpeer_isolate_by_school('pair_record');

create table logged_session (
    session_id uuid        primary key,
    school_id  varchar(63) not null,
    cycle_id   uuid        not null,
    pair_id    uuid        not null,
    held_on    date        not null,
    minutes    integer     not null,
    method     varchar(20) not null,
    location   varchar(30) not null,
    activities jsonb       not null,
    status     varchar(10) not null
);
create index logged_session_cycle on logged_session (cycle_id);
select nearpeer_isolate_by_school('logged_session');

create table approved_hours (
    school_id varchar(63)  not null,
    cycle_id  uuid         not null,
    mentor_id varchar(255) not null,
    minutes   integer      not null,
    sessions  integer      not null,
    primary key (cycle_id, mentor_id)
);
select nearpeer_isolate_by_school('approved_hours');
