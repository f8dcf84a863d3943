package org.nearpeer.backbone.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.nearpeer.backbone.config.EventBackboneConfig;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.EventJson;
import org.nearpeer.events.EventType;
import org.nearpeer.events.NearpeerEvent;

/**
 * Appends an event to the outbox inside the caller's transaction, so the business change and
 * its event commit (or roll back) together. The relay ships it to Kafka afterwards.
 * <p>
 * A transaction's events are written together just before it commits, after Hibernate's flush,
 * in one statement and in the order they were appended (that order becomes their {@code seq},
 * the relay's order). Written one by one, each append was a statement of its own that also made
 * Hibernate flush the whole session first; an application's three events cost three of each.
 */
@ApplicationScoped
public class OutboxWriter {

    /** One statement for any number of events; {@code with ordinality} keeps the append order for {@code seq}. */
    private static final String INSERT = """
            insert into outbox_event (id, aggregatetype, aggregateid, type, timestamp, payload,
                                      topic, message_key, source, subject, school_id, cycle_id)
            select e.id, e.aggregatetype, e.aggregateid, e.type, e.timestamp, cast(e.payload as jsonb),
                   e.topic, e.message_key, e.source, e.subject, e.school_id, e.cycle_id
            from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::text[],
                        ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::uuid[])
                 with ordinality as e (id, aggregatetype, aggregateid, type, timestamp, payload,
                                       topic, message_key, source, subject, school_id, cycle_id, position)
            order by e.position
            """;

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final java.time.Clock clock;
    private final String source;

    public OutboxWriter(EntityManager entityManager, TransactionSynchronizationRegistry transactions, java.time.Clock clock,
            EventBackboneConfig config) {
        this.entityManager = entityManager;
        this.transactions = transactions;
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
        pending().add(new Object[] {envelope.id(), aggregateType, String.valueOf(aggregateId), envelope.type(), now.toString(),
                EventJson.write(event), type.topic().topicName(), envelope.partitionKey(), source, envelope.subject(), schoolId, cycleId});
        return envelope;
    }

    /** This transaction's events not yet written; the first append registers their writing before commit. */
    private List<Object[]> pending() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) transactions.getResource(OutboxWriter.class);
        if (rows == null) {
            List<Object[]> created = new ArrayList<>();
            transactions.putResource(OutboxWriter.class, created);
            entityManager.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                    .registerCallback(session -> session.doWork(connection -> write(connection, created)));
            rows = created;
        }
        return rows;
    }

    private static final String[] TYPES = {"uuid", "varchar", "varchar", "varchar", "timestamptz", "text", "varchar", "varchar",
            "varchar", "varchar", "varchar", "uuid"};

    private static void write(Connection connection, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int column = 0; column < TYPES.length; column++) {
                Object[] values = new Object[rows.size()];
                for (int row = 0; row < values.length; row++) {
                    values[row] = rows.get(row)[column];
                }
                insert.setArray(column + 1, connection.createArrayOf(TYPES[column], values));
            }
            insert.executeUpdate();
        }
        rows.clear();
    }
}
