-- The tenants. Registered by platform administrators; a school's own users read only their row.
create table school (
    school_id             varchar(63)  primary key,
    name                  varchar(200) not null,
    campuses              jsonb        not null,
    year_levels           jsonb        not null,
    locale                varchar(35)  not null,
    time_zone             varchar(64)  not null,
    suppression_threshold integer      not null check (suppression_threshold between 1 and 1000),
    created_at            timestamptz  not null,
    created_by            varchar(100) not null
);
select nearpeer_isolate_by_school('school');

-- Coordinators invited by an administrator; provisioned as Keycloak users by a background worker.
create table coordinator_invitation (
    id              uuid         primary key,
    school_id       varchar(63)  not null references school (school_id),
    email           varchar(254) not null,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    status          varchar(20)  not null,
    failure_reason  varchar(500),
    attempts        integer      not null default 0,
    invited_at      timestamptz  not null,
    invited_by      varchar(100) not null,
    provisioned_at  timestamptz,
    identity_id     varchar(100)
);
create unique index coordinator_invitation_open on coordinator_invitation (school_id, lower(email)) where status <> 'FAILED';
create index coordinator_invitation_pending on coordinator_invitation (invited_at) where status = 'PENDING';
select nearpeer_isolate_by_school('coordinator_invitation');
