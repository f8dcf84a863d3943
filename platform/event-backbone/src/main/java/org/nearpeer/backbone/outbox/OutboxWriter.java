package org.nearpeer.backbone.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.nearpeer.backbone.config.EventBackboneConfig;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.EventJson;
import org.nearpeer.events.EventType;
import org.nearpeer.events.NearpeerEvent;

/**
 * Appends an event to the outbox inside the caller's transaction, so the business change and
 * its event commit (or roll back) together. The relay ships it to Kafka afterwards.
 */
@ApplicationScoped
public class OutboxWriter {

    private final EntityManager entityManager;
    private final java.time.Clock clock;
    private final String source;

    public OutboxWriter(EntityManager entityManager, java.time.Clock clock, EventBackboneConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.source = "/nearpeer/" + config.source();
    }

    /**
     * @param schoolId      the tenant the fact belongs to
     * @param cycleId       the program cycle (the Kafka key), or null for school-level facts
     * @param aggregateType what the fact is about, e.g. {@code cycle}; also Debezium's routing field
     * @param aggregateId   the id of that aggregate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends NearpeerEvent> EventEnvelope<T> append(String schoolId, UUID cycleId, String aggregateType,
            Object aggregateId, T event) {
        EventType<T> type = EventCatalog.forPayload(event);
        // PostgreSQL keeps microseconds; the envelope must equal what the relay will read back.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        EventEnvelope<T> envelope = new EventEnvelope<>(UUID.randomUUID(), source, type.cloudEventType(), now,
                aggregateType + "/" + aggregateId, schoolId, cycleId, event);
        entityManager.createNativeQuery("""
                insert into outbox_event (id, aggregatetype, aggregateid, type, timestamp, payload,
                                          topic, message_key, source, subject, school_id, cycle_id)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8, ?9, ?10, ?11, ?12)
                """)
                .setParameter(1, envelope.id())
                .setParameter(2, aggregateType)
                .setParameter(3, String.valueOf(aggregateId))
                .setParameter(4, envelope.type())
                .setParameter(5, now)
                .setParameter(6, EventJson.write(event))
                .setParameter(7, type.topic().topicName())
                .setParameter(8, envelope.partitionKey())
                .setParameter(9, source)
                .setParameter(10, envelope.subject())
                .setParameter(11, schoolId)
                .setParameter(12, cycleId)
                .executeUpdate();
        return envelope;
    }
}
