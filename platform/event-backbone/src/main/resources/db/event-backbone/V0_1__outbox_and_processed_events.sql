-- Event backbone tables, shared by every service (migrations numbered V0_n; services use V1+).

-- Transactional outbox. The first six columns follow Debezium's outbox event router, so a
-- Debezium connector could replace our relay without a schema change.
create table outbox_event (
    id            uuid         primary key,
    aggregatetype varchar(100) not null,
    aggregateid   varchar(100) not null,
    type          varchar(200) not null,
    timestamp     timestamptz  not null,
    payload       jsonb        not null,
    seq           bigint       generated always as identity,
    topic         varchar(200) not null,
    message_key   varchar(100) not null,
    source        varchar(200) not null,
    subject       varchar(300),
    school_id     varchar(63)  not null,
    cycle_id      uuid,
    sent_at       timestamptz
);

create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Wake the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit).
create function nearpeer_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('nearpeer_outbox', '');
    return null;
end
$$;

create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function nearpeer_outbox_notify();

-- Events a consumer has applied; inserted in the same transaction as the effect.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
