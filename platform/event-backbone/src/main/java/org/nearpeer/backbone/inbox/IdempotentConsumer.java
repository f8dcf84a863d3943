package org.nearpeer.backbone.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.KafkaCloudEventBinding;
import org.nearpeer.events.MalformedEventException;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.tenancy.SchoolContext;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Applies each event at most once per consumer: the event id goes into {@code processed_event}
 * ({@code ON CONFLICT DO NOTHING}) in the same transaction as the handler's effect, so a
 * redelivered record changes nothing. Malformed records are rejected as poison (the channel's
 * dead-letter strategy takes them); an event whose prerequisite has not arrived is parked and
 * retried after each later applied event; any other failure — a database restart, a
 * lock timeout — is retried with backoff, holding the partition so nothing overtakes it.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);

    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final DeadLetters deadLetters;
    /** Per consumer: whether parked events may exist (true after a start, so leftovers are retried). */
    private final Map<String, java.util.concurrent.atomic.AtomicBoolean> mayHaveParked = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    public IdempotentConsumer(EntityManager entityManager, MeterRegistry registry, DeadLetters deadLetters) {
        this.entityManager = entityManager;
        this.registry = registry;
        this.deadLetters = deadLetters;
    }

    void onStop(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    /**
     * @param consumer a stable name for this consumer (one dedupe scope), e.g. {@code analytics.enrollment}
     * @throws PoisonEventException when the record can never be applied
     */
    public void process(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        Optional<EventEnvelope<NearpeerEvent>> decoded;
        try {
            decoded = KafkaCloudEventBinding.decode(headersOf(record), record.value());
        } catch (MalformedEventException e) {
            registry.counter("nearpeer.inbox.poison", "consumer", consumer).increment();
            throw new PoisonEventException(e.getMessage(), e);
        }
        if (decoded.isEmpty()) {
            return; // a type this version does not know: newer producer, skip
        }
        EventEnvelope<NearpeerEvent> event = decoded.get();
        Optional<Consumer<EventEnvelope<NearpeerEvent>>> handler = handlers.handlerFor(event.type());
        if (handler.isEmpty()) {
            return;
        }
        Map<String, String> headers = headersOf(record);
        String missingPrerequisite = applyWithRetry(consumer, event, handler.get());
        if (missingPrerequisite == null) {
            if (mayHaveParked.computeIfAbsent(consumer, c -> new java.util.concurrent.atomic.AtomicBoolean(true)).get()) {
                retryParked(consumer, handlers);
            }
        } else {
            park(consumer, record.key(), event, headers, record.value(), missingPrerequisite);
            mayHaveParked.computeIfAbsent(consumer, c -> new java.util.concurrent.atomic.AtomicBoolean(true)).set(true);
        }
    }

    /**
     * A poll's worth of records, in order, in as few transactions as possible: consecutive records
     * of one school share a transaction (row-level security scopes a transaction to one school),
     * each still deduplicated by its own {@code processed_event} row in that transaction. If
     * anything in a run fails, the run rolls back and its records go one by one through
     * {@link #process}, so parking, retries and poison handling behave exactly as for single records.
     *
     * @param onPoison what to do with a record that can never be applied (e.g. dead-letter it)
     */
    public void processBatch(String consumer, List<ConsumerRecord<String, String>> records, EventHandlers handlers,
            java.util.function.BiConsumer<ConsumerRecord<String, String>, PoisonEventException> onPoison) {
        apply(consumer, decode(consumer, records, handlers), handlers, onPoison);
    }

    /**
     * A poll of a batch channel ({@code mp.messaging.incoming.<channel>.batch=true}), applied as
     * {@link #processBatch}; a record that can never be applied is dead-lettered by
     * {@link DeadLetters} and the rest of the poll goes on (the channel's own dead-letter strategy
     * would take the whole poll, so such channels use {@code failure-strategy=fail}).
     */
    public void processPoll(String consumer, Iterable<ConsumerRecord<String, String>> poll, EventHandlers handlers) {
        List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
        poll.forEach(records::add);
        processBatch(consumer, records, handlers, deadLetters::send);
    }

    /**
     * The first half of {@link #processBatch}, touching no database: a replay decodes the next
     * poll on one thread while another applies the previous one.
     */
    public DecodedBatch decode(String consumer, List<ConsumerRecord<String, String>> records, EventHandlers handlers) {
        List<DecodedBatch.Item> items = new java.util.ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            if (!wanted(record, handlers)) {
                continue; // a type these handlers do not take: not parsed at all
            }
            Optional<EventEnvelope<NearpeerEvent>> decoded;
            try {
                decoded = KafkaCloudEventBinding.decode(headersOf(record), record.value());
            } catch (MalformedEventException e) {
                registry.counter("nearpeer.inbox.poison", "consumer", consumer).increment();
                items.add(new DecodedBatch.Poison(record, new PoisonEventException(e.getMessage(), e)));
                continue;
            }
            Optional<Consumer<EventEnvelope<NearpeerEvent>>> handler = decoded.flatMap(event -> handlers.handlerFor(event.type()));
            if (handler.isPresent()) { // else a type this version does not know, or does not need
                items.add(new Decoded(record, decoded.get(), handler.get()));
            }
        }
        return new DecodedBatch(items);
    }

    /**
     * False for a type these handlers have nothing for: such a record is acknowledged unread, as
     * before, but now also when its other headers or payload are malformed (not this consumer's
     * poison). A record without a type header is decoded, and proves poison.
     */
    private static boolean wanted(ConsumerRecord<String, String> record, EventHandlers handlers) {
        Header type = record.headers().lastHeader(org.nearpeer.events.CloudEventHeaders.TYPE);
        return type == null || type.value() == null || handlers.handlerFor(new String(type.value(), StandardCharsets.UTF_8)).isPresent();
    }

    /** The second half of {@link #processBatch}: applies a decoded batch in order, poison handed to {@code onPoison} in its place. */
    public void apply(String consumer, DecodedBatch batch, EventHandlers handlers,
            java.util.function.BiConsumer<ConsumerRecord<String, String>, PoisonEventException> onPoison) {
        List<Decoded> run = new java.util.ArrayList<>();
        for (DecodedBatch.Item item : batch.items()) {
            switch (item) {
                case DecodedBatch.Poison poison -> {
                    applyRun(consumer, run, handlers, onPoison);
                    run.clear();
                    onPoison.accept(poison.record(), poison.reason());
                }
                case Decoded decoded -> {
                    if (!run.isEmpty() && !run.get(0).event().schoolId().equals(decoded.event().schoolId())) {
                        applyRun(consumer, run, handlers, onPoison);
                        run.clear();
                    }
                    run.add(decoded);
                }
            }
        }
        applyRun(consumer, run, handlers, onPoison);
    }

    /** Records decoded for {@link #apply}: events with their handlers, and poison, in record order. */
    public record DecodedBatch(List<Item> items) {

        /** One record's outcome of decoding. */
        public sealed interface Item permits Decoded, Poison {
        }

        record Poison(ConsumerRecord<String, String> record, PoisonEventException reason) implements Item {
        }
    }

    record Decoded(ConsumerRecord<String, String> record, EventEnvelope<NearpeerEvent> event, Consumer<EventEnvelope<NearpeerEvent>> handler)
            implements DecodedBatch.Item {
    }

    private void applyRun(String consumer, List<Decoded> run, EventHandlers handlers,
            java.util.function.BiConsumer<ConsumerRecord<String, String>, PoisonEventException> onPoison) {
        if (run.isEmpty()) {
            return;
        }
        int[] applied = {0};
        try {
            SchoolContext.runAs(run.get(0).event().schoolId(), () -> QuarkusTransaction.requiringNew().run(() -> {
                java.util.Set<UUID> fresh = recordAllProcessed(consumer, run);
                handlers.prepareBatch(run.stream().filter(item -> fresh.contains(item.event().id())).map(Decoded::event).toList());
                for (Decoded item : run) {
                    if (fresh.remove(item.event().id())) {
                        item.handler().accept(item.event());
                        applied[0]++;
                    }
                }
            }));
        } catch (RuntimeException e) {
            if (shuttingDown) {
                throw new IllegalStateException("shutting down before a batch of " + consumer + " was applied", e);
            }
            // One at a time: parks what waits for a prerequisite, retries what may heal, isolates poison.
            for (Decoded item : run) {
                try {
                    process(consumer, item.record(), handlers);
                } catch (PoisonEventException poison) {
                    onPoison.accept(item.record(), poison);
                }
            }
            return;
        }
        registry.counter("nearpeer.inbox.events", "consumer", consumer, "outcome", "applied").increment(applied[0]);
        registry.counter("nearpeer.inbox.events", "consumer", consumer, "outcome", "duplicate").increment(run.size() - applied[0]);
        if (applied[0] > 0 && mayHaveParked.computeIfAbsent(consumer, c -> new java.util.concurrent.atomic.AtomicBoolean(true)).get()) {
            retryParked(consumer, handlers);
        }
    }

    /**
     * @return null when applied (or already applied), else the missing prerequisite the handler reported
     */
    private String applyWithRetry(String consumer, EventEnvelope<NearpeerEvent> event, Consumer<EventEnvelope<NearpeerEvent>> handler) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                // The event's school scopes the transaction: row-level security rejects effects on another school.
                boolean applied = SchoolContext.callAs(event.schoolId(), () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (!recordProcessed(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                }));
                registry.counter("nearpeer.inbox.events", "consumer", consumer, "outcome", applied ? "applied" : "duplicate").increment();
                return null;
            } catch (RuntimeException e) {
                PrerequisiteMissingException missing = causeOf(e, PrerequisiteMissingException.class);
                if (missing != null) {
                    return missing.getMessage() == null ? "prerequisite missing" : missing.getMessage();
                }
                if (isPoison(e)) {
                    registry.counter("nearpeer.inbox.poison", "consumer", consumer).increment();
                    throw e instanceof PoisonEventException poison ? poison
                            : new PoisonEventException("event " + event.id() + " (" + event.type() + ") rejected: " + rootMessage(e), e);
                }
                if (shuttingDown) {
                    // Leave the offset uncommitted: the record is redelivered after the restart.
                    throw new IllegalStateException("shutting down before event " + event.id() + " was applied", e);
                }
                LOG.warnf("Cannot apply event %s (%s) for %s yet: %s; retrying in %d ms", event.id(), event.type(), consumer,
                        rootMessage(e), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void park(String consumer, String key, EventEnvelope<NearpeerEvent> event, Map<String, String> headers, String payload,
            String missingPrerequisite) {
        String reason = missingPrerequisite.length() > 500 ? missingPrerequisite.substring(0, 500) : missingPrerequisite;
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into parked_event (consumer, event_id, message_key, event_type, headers, payload, reason)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7)
                on conflict (consumer, event_id) do update set attempts = parked_event.attempts + 1, reason = excluded.reason
                """)
                .setParameter(1, consumer).setParameter(2, event.id()).setParameter(3, key).setParameter(4, event.type())
                .setParameter(5, toJson(headers)).setParameter(6, payload).setParameter(7, reason)
                .executeUpdate());
        registry.counter("nearpeer.inbox.parked", "consumer", consumer).increment();
        LOG.infof("Parked event %s (%s) for %s: %s", event.id(), event.type(), consumer, reason);
    }

    /**
     * Forgets, in the caller's transaction, what the consumers whose names start with
     * {@code prefix} applied and parked, so that a replay applies every event again. The tables
     * are truncated when every row is those consumers' own (a service's own database, the normal
     * case): deleted rows would leave dead index entries under the very ids the replay records
     * again, and each insert would visit the old row to see it is gone (+35 % per dedupe row). A
     * database shared with other consumers keeps their rows.
     */
    public void forget(String prefix) {
        entityManager.createNativeQuery("lock table processed_event, parked_event in access exclusive mode").executeUpdate();
        boolean othersRecorded = (Boolean) entityManager.createNativeQuery("""
                select exists (select 1 from processed_event where not starts_with(consumer, ?1))
                    or exists (select 1 from parked_event where not starts_with(consumer, ?1))""")
                .setParameter(1, prefix).getSingleResult();
        if (othersRecorded) {
            entityManager.createNativeQuery("delete from processed_event where starts_with(consumer, ?1)").setParameter(1, prefix).executeUpdate();
            entityManager.createNativeQuery("delete from parked_event where starts_with(consumer, ?1)").setParameter(1, prefix).executeUpdate();
        } else {
            entityManager.createNativeQuery("truncate table processed_event, parked_event").executeUpdate();
        }
    }

    /**
     * After an event was applied, parked events may now apply — also those of another key, since a
     * prerequisite can travel under a different key (e.g. an instrument keyed by school, its
     * responses by cycle). A per-consumer flag skips the look-up while nothing is parked.
     */
    private void retryParked(String consumer, EventHandlers handlers) {
        @SuppressWarnings("unchecked")
        List<Object[]> parked = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select event_id, cast(headers as text), payload from parked_event
                where consumer = ?1 order by parked_at limit 100
                """).setParameter(1, consumer).getResultList());
        if (parked.isEmpty()) {
            mayHaveParked.get(consumer).set(false);
            return;
        }
        for (Object[] row : parked) {
            UUID eventId = (UUID) row[0];
            Optional<EventEnvelope<NearpeerEvent>> decoded = KafkaCloudEventBinding.decode(fromJson((String) row[1]), (String) row[2]);
            Optional<Consumer<EventEnvelope<NearpeerEvent>>> handler = decoded.flatMap(e -> handlers.handlerFor(e.type()));
            if (handler.isEmpty()) {
                continue;
            }
            if (applyWithRetry(consumer, decoded.get(), handler.get()) == null) {
                QuarkusTransaction.requiringNew().run(() -> entityManager
                        .createNativeQuery("delete from parked_event where consumer = ?1 and event_id = ?2")
                        .setParameter(1, consumer).setParameter(2, eventId).executeUpdate());
                LOG.infof("Applied parked event %s for %s", eventId, consumer);
            }
        }
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String toJson(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * One statement for a whole run: records every event id, returning those not seen before (the
     * same event twice in one run counts once). The ids and types travel as two arrays — one
     * statement text for every run size, instead of three parameters per event for the server to
     * parse. Entity changes of the handlers then accumulate and are flushed once, at commit.
     */
    private java.util.Set<UUID> recordAllProcessed(String consumer, List<Decoded> run) {
        Map<UUID, String> typeById = new java.util.LinkedHashMap<>();
        run.forEach(d -> typeById.putIfAbsent(d.event().id(), d.event().type()));
        return entityManager.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, event_type)
                    select ?, event.id, event.type from unnest(?::uuid[], ?::varchar[]) as event (id, type)
                    on conflict do nothing returning event_id
                    """)) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", typeById.keySet().toArray()));
                insert.setArray(3, connection.createArrayOf("varchar", typeById.values().toArray()));
                java.util.Set<UUID> inserted = new java.util.HashSet<>();
                try (var rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class));
                    }
                }
                return inserted;
            }
        });
    }

    private boolean recordProcessed(String consumer, EventEnvelope<?> event) {
        int inserted = entityManager.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                on conflict do nothing
                """)
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }

    private static boolean isPoison(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException || t instanceof MalformedEventException || t instanceof ConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true; // data or integrity errors do not heal by retrying
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static Map<String, String> headersOf(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
