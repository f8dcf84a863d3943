-- Events a consumer could not apply yet because a prerequisite had not arrived (e.g. an answer for
-- a participant not yet known). Parked, not dropped: retried whenever the consumer applies another
-- event with the same key, and counted in health and metrics.
create table parked_event (
    consumer    varchar(100) not null,
    event_id    uuid         not null,
    message_key varchar(100),
    event_type  varchar(200) not null,
    headers     jsonb        not null,
    payload     text,
    reason      varchar(500) not null,
    attempts    integer      not null default 1,
    parked_at   timestamptz  not null default now(),
    primary key (consumer, event_id)
);

create index parked_event_key on parked_event (consumer, message_key, parked_at);
