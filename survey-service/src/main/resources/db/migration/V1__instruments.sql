-- Evaluation instruments: versioned templates per school; a published version is immutable.
create table instrument (
    id           uuid         primary key,
    school_id    varchar(63)  not null,
    name         varchar(120) not null,
    version      integer      not null,
    status       varchar(20)  not null,
    created_at   timestamptz  not null,
    published_at timestamptz,
    constraint instrument_version unique (school_id, name, version)
);
