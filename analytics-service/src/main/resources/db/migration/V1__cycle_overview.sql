-- Projection of program cycles, built from enrollment events.
create table cycle_overview (
    cycle_id              uuid         primary key,
    school_id             varchar(63)  not null,
    semester              varchar(20)  not null,
    title                 varchar(120) not null,
    application_opens_on  date         not null,
    application_closes_on date         not null,
    created_at            timestamptz  not null
);

create index cycle_overview_school on cycle_overview (school_id, semester desc);
