-- Choice answers (meeting habits, purposes, the mentor's roles) of the counted revision of each response.
alter table counted_response add column choices jsonb not null default '{}';
alter table survey_instrument add column choice_items jsonb not null default '{}';

-- Per school × cycle × item × role × option: how many respondents chose it (several per respondent for multiple choice).
create table choice_cell (
    school_id varchar(63)  not null,
    cycle_id  uuid         not null,
    item_id   varchar(63)  not null,
    role      varchar(10)  not null,
    option    varchar(63)  not null,
    chosen    bigint       not null,
    primary key (cycle_id, item_id, role, option)
);
select nearpeer_isolate_by_school('choice_cell');
