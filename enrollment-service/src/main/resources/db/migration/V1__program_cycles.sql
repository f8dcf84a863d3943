create table program_cycle (
    id                    uuid         primary key,
    school_id             varchar(63)  not null,
    semester              varchar(20)  not null,
    title                 varchar(120) not null,
    application_opens_on  date         not null,
    application_closes_on date         not null,
    status                varchar(20)  not null,
    created_at            timestamptz  not null,
    created_by            varchar(100) not null,
    version               bigint       not null default 0,
    constraint program_cycle_one_per_semester unique (school_id, semester),
    constraint program_cycle_window check (application_closes_on >= application_opens_on)
);

create index program_cycle_school on program_cycle (school_id, semester desc);
