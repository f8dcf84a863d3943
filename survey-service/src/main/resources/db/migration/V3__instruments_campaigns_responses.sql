alter table instrument
    add column description varchar(500),
    add column items       jsonb not null default '[]';

-- Participants of each cycle, survey's own read model of enrollment events.
create table survey_participant (
    cycle_id         uuid         not null,
    participant_id   varchar(100) not null,
    school_id        varchar(63)  not null,
    role             varchar(10)  not null,
    year_level       varchar(8)   not null,
    research_consent boolean      not null,
    withdrawn        boolean      not null default false,
    primary key (cycle_id, participant_id)
);
select nearpeer_isolate_by_school('survey_participant');

create table campaign (
    id            uuid        primary key,
    school_id     varchar(63) not null,
    cycle_id      uuid        not null,
    instrument_id uuid        not null references instrument (id),
    status        varchar(10) not null,
    opened_at     timestamptz,
    closes_at     timestamptz not null,
    closed_at     timestamptz,
    created_at    timestamptz not null
);
create index campaign_cycle on campaign (school_id, cycle_id);
select nearpeer_isolate_by_school('campaign');

-- Who was invited, fixed when the campaign opened.
create table campaign_invitee (
    campaign_id    uuid         not null references campaign (id),
    participant_id varchar(100) not null,
    school_id      varchar(63)  not null,
    role           varchar(10)  not null,
    year_level     varchar(8)   not null,
    reminded_at    timestamptz,
    primary key (campaign_id, participant_id)
);
select nearpeer_isolate_by_school('campaign_invitee');

create table survey_response (
    id             uuid         primary key,
    school_id      varchar(63)  not null,
    campaign_id    uuid         not null references campaign (id),
    participant_id varchar(100) not null,
    role           varchar(10)  not null,
    year_level     varchar(8)   not null,
    answers        jsonb        not null,
    revision       integer      not null,
    submitted_at   timestamptz  not null,
    updated_at     timestamptz  not null,
    constraint survey_response_one_per_participant unique (campaign_id, participant_id)
);
select nearpeer_isolate_by_school('survey_response');
