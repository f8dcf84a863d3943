-- Likert items of published instruments (from InstrumentPublished), so responses can be read without a call back.
create table survey_instrument (
    instrument_id uuid        primary key,
    school_id     varchar(63) not null,
    likert_items  jsonb       not null
);
select nearpeer_isolate_by_school('survey_instrument');

-- The revision of each response currently counted, so a revision replaces it and an erasure removes it.
create table counted_response (
    response_id   uuid         primary key,
    school_id     varchar(63)  not null,
    cycle_id      uuid         not null,
    instrument_id uuid         not null,
    role          varchar(10)  not null,
    revision      integer      not null,
    likert        jsonb        not null
);
select nearpeer_isolate_by_school('counted_response');

-- Per school × cycle × item × role: how many answered 1..5 (sufficient statistics of every figure).
create table likert_cell (
    school_id varchar(63)  not null,
    cycle_id  uuid         not null,
    item_id   varchar(63)  not null,
    role      varchar(10)  not null,
    counts    jsonb        not null,
    primary key (cycle_id, item_id, role)
);
select nearpeer_isolate_by_school('likert_cell');
