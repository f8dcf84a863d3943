-- A student who names a partner is checked against the partner's open application, found by the
-- partner's e-mail: without this index each such submission scanned the whole cycle.
create index application_open_by_email on application (cycle_id, participant_email) where status <> 'WITHDRAWN';
