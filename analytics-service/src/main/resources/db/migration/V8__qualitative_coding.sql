-- Open answers and their coding into themes (the school's codebook), per school.
alter table survey_instrument add column open_items jsonb not null default '{}';

-- What each school changes: how many answers are coded twice, how long a claim lasts.
create table coding_settings (
    school_id             varchar(63) primary key,
    double_coding_percent integer     not null,
    claim_minutes         integer     not null
);
select nearpeer_isolate_by_school('coding_settings');

-- The codebook: theme → category → code, versioned (every change is a new version; nothing is deleted).
create table codebook_code (
    school_id          varchar(63)   not null,
    code_key           varchar(200)  not null,
    parent_key         varchar(200),
    level              varchar(10)   not null,
    label              varchar(200)  not null,
    description        varchar(1000),
    alert              boolean       not null default false,
    added_in_version   integer       not null,
    retired_in_version integer,
    primary key (school_id, code_key)
);
select nearpeer_isolate_by_school('codebook_code');

create table codebook_version (
    school_id  varchar(63)  not null,
    version    integer      not null,
    changed_at timestamptz  not null,
    change     varchar(300) not null,
    primary key (school_id, version)
);
select nearpeer_isolate_by_school('codebook_version');

-- One open answer of one response, in the school's coding queue.
create table open_answer (
    answer_id    uuid         primary key,
    school_id    varchar(63)  not null,
    cycle_id     uuid         not null,
    response_id  uuid         not null,
    item_id      varchar(63)  not null,
    role         varchar(10)  not null,
    text         text         not null,
    revision     integer      not null,
    received_at  timestamptz  not null,
    double_coded boolean      not null,
    status       varchar(15)  not null,
    final_codes  jsonb,
    flagged      boolean      not null default false,
    flag_note    varchar(500),
    adjudicator  varchar(255)
);
create index open_answer_queue on open_answer (school_id, status, received_at);
create index open_answer_response on open_answer (response_id);
create index open_answer_cycle on open_answer (cycle_id);
select nearpeer_isolate_by_school('open_answer');

-- A coder's claim on an answer and, once submitted, their codes.
create table coding (
    coding_id    uuid          primary key,
    school_id    varchar(63)   not null,
    answer_id    uuid          not null references open_answer on delete cascade,
    coder_id     varchar(255)  not null,
    claimed_at   timestamptz   not null,
    expires_at   timestamptz   not null,
    submitted_at timestamptz,
    codes        jsonb,
    memo         varchar(2000),
    unique (answer_id, coder_id)
);
select nearpeer_isolate_by_school('coding');
