package org.nearpeer.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.backbone.inbox.EventHandlers;
import org.nearpeer.backbone.inbox.IdempotentConsumer;
import org.nearpeer.backbone.outbox.OutboxBacklog;
import org.nearpeer.backbone.outbox.OutboxRelay;
import org.nearpeer.backbone.outbox.OutboxWriter;
import org.nearpeer.events.CloudEventHeaders;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.Topic;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.stack.Progress;
import org.nearpeer.testing.SharedServers;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The outbox's promises, on a real PostgreSQL and a real Kafka broker: an event commits or rolls
 * back with its business change; committed events reach Kafka exactly as committed, in order per
 * key, whether the relay was down, crashed before marking a batch, or Kafka was away.
 */
@QuarkusTest
class OutboxGuaranteesTest {

    @Inject
    OutboxWriter outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxBacklog backlog;
    @Inject
    IdempotentConsumer inbox;
    @Inject
    EntityManager entityManager;

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID cycle = UUID.randomUUID();

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    private void writeNotesWithEvents(int count) {
        for (int i = 0; i < count; i++) {
            String text = "event " + i;
            QuarkusTransaction.requiringNew().run(() -> writeNoteWithEvent(text));
        }
    }

    private void writeNoteWithEvent(String text) {
        TestNote note = new TestNote();
        note.id = UUID.randomUUID();
        note.text = text;
        entityManager.persist(note);
        outbox.append(school, cycle, "note", note.id, new CycleCreated("2026-fall", text, LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11)));
    }

    private TopicProbe probe() {
        return new TopicProbe(SharedServers.kafka().bootstrapServers(), Topic.ENROLLMENT.topicName());
    }

    private List<ConsumerRecord<String, String>> ofThisSchool(TopicProbe probe) {
        return probe.records().stream().filter(r -> school.equals(TopicProbe.headers(r).get(CloudEventHeaders.SCHOOL_ID))).toList();
    }

    private long outboxRows(String condition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where school_id = ?1 and " + condition)
                .setParameter(1, school).getSingleResult()).longValue());
    }

    @Test
    void anEventRollsBackWithTheBusinessChangeThatFailed() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            writeNoteWithEvent("doomed");
            throw new IllegalStateException("the use case fails after writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(outboxRows("true")).isZero();
    }

    @Test
    void eventsCommittedWhileTheRelayWasNotRunningArriveExactlyOnceAndInOrder() {
        writeNotesWithEvents(30);
        try (TopicProbe probe = probe()) {
            probe.drain(Duration.ofSeconds(1));
            assertThat(ofThisSchool(probe)).isEmpty();

            relay.start();
            probe.await(e -> school.equals(e.schoolId()), 30, Duration.ofSeconds(30));
            probe.drain(Duration.ofSeconds(1));
            List<String> titles = probe.events().stream().filter(e -> school.equals(e.schoolId()))
                    .map(e -> ((CycleCreated) e.data()).title()).toList();
            assertThat(titles).hasSize(30).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 30).mapToObj(i -> "event " + i).toList());
            assertThat(ofThisSchool(probe)).allSatisfy(r -> assertThat(r.key()).isEqualTo(cycle.toString()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows("sent_at is null") == 0);
    }

    @Test
    void eventsAppendedInOneTransactionAreWrittenAtItsCommitAndArriveInTheOrderTheyWereAppended() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                writeNoteWithEvent("together " + i);
            }
            // Written as the transaction commits, not before: a rollback from here on leaves nothing behind.
            assertThat(((Number) entityManager.createNativeQuery("select count(*) from outbox_event where school_id = ?1")
                    .setParameter(1, school).getSingleResult()).longValue()).isZero();
        });
        assertThat(outboxRows("sent_at is null")).isEqualTo(5);
        try (TopicProbe probe = probe()) {
            relay.start();
            probe.await(e -> school.equals(e.schoolId()), 5, Duration.ofSeconds(30));
            probe.drain(Duration.ofMillis(500));
            assertThat(probe.events().stream().filter(e -> school.equals(e.schoolId())).map(e -> ((CycleCreated) e.data()).title()))
                    .containsExactly("together 0", "together 1", "together 2", "together 3", "together 4");
        }
    }

    @Test
    void aBatchResentAfterACrashBeforeItWasMarkedSentIsAppliedOnlyOnce() throws Exception {
        relay.start();
        writeNotesWithEvents(10);
        try (TopicProbe probe = probe()) {
            probe.await(e -> school.equals(e.schoolId()), 10, Duration.ofSeconds(30));
            relay.stop();
            // The crash window: the broker has the batch, but the "sent" mark never committed.
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update outbox_event set sent_at = null where school_id = ?1").setParameter(1, school).executeUpdate());
            relay.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                probe.drain(Duration.ofMillis(300));
                return ofThisSchool(probe).size() == 20;
            });

            AtomicInteger applied = new AtomicInteger();
            EventHandlers handlers = EventHandlers.builder().on(EventCatalog.CYCLE_CREATED, e -> applied.incrementAndGet()).build();
            String consumer = "test." + school;
            ofThisSchool(probe).forEach(record -> inbox.process(consumer, record, handlers));
            assertThat(applied).hasValue(10);
        }
    }

    @Test
    void aBatchHoldingAnEventTwiceAppliesItOnceAndTheSameBatchRedeliveredNotAtAll() throws Exception {
        relay.start();
        writeNotesWithEvents(10);
        try (TopicProbe probe = probe()) {
            probe.await(e -> school.equals(e.schoolId()), 10, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>(ofThisSchool(probe));
            records.addAll(ofThisSchool(probe)); // each event twice in one poll, as after a relay resend

            AtomicInteger applied = new AtomicInteger();
            EventHandlers handlers = EventHandlers.builder().on(EventCatalog.CYCLE_CREATED, e -> applied.incrementAndGet()).build();
            String consumer = "test.batch." + school;
            List<ConsumerRecord<String, String>> poison = new java.util.ArrayList<>();
            inbox.processBatch(consumer, records, handlers, (record, reason) -> poison.add(record));
            inbox.processBatch(consumer, records, handlers, (record, reason) -> poison.add(record));

            assertThat(applied).hasValue(10);
            assertThat(poison).isEmpty();
        }
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndTheirEventsArriveOnceItIsBack() throws Exception {
        relay.start();
        SharedServers.kafka().kill();
        try {
            writeNotesWithEvents(5);
            assertThat(outboxRows("sent_at is null")).isEqualTo(5);
            assertThat(backlog.read().pending()).isGreaterThanOrEqualTo(5);
        } finally {
            SharedServers.kafka().restart(Progress.silent());
        }
        try (TopicProbe probe = probe()) {
            probe.await(e -> school.equals(e.schoolId()), 5, Duration.ofSeconds(90));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows("sent_at is null") == 0);
    }

    @Test
    void aTransientFailureIsRetriedAndTheEventAppliedOnce() {
        relay.start();
        writeNotesWithEvents(1);
        try (TopicProbe probe = probe()) {
            probe.await(e -> school.equals(e.schoolId()), 1, Duration.ofSeconds(30));
            ConsumerRecord<String, String> record = ofThisSchool(probe).get(0);
            AtomicInteger attempts = new AtomicInteger();
            AtomicInteger applied = new AtomicInteger();
            EventHandlers handlers = EventHandlers.builder().on(EventCatalog.CYCLE_CREATED, (EventEnvelope<CycleCreated> e) -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException(new java.sql.SQLTransientConnectionException("the database is restarting"));
                }
                applied.incrementAndGet();
            }).build();
            inbox.process("test.transient." + school, record, handlers);
            inbox.process("test.transient." + school, record, handlers);
            assertThat(attempts).hasValue(2);
            assertThat(applied).hasValue(1);
        }
    }

    @Test
    void anEventWhosePrerequisiteIsMissingIsParkedAndAppliedAfterTheNextEventOfItsKey() {
        relay.start();
        writeNotesWithEvents(2);
        try (TopicProbe probe = probe()) {
            probe.await(e -> school.equals(e.schoolId()), 2, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = ofThisSchool(probe);
            java.util.Set<String> known = java.util.concurrent.ConcurrentHashMap.newKeySet();
            List<String> applied = new java.util.concurrent.CopyOnWriteArrayList<>();
            EventHandlers handlers = EventHandlers.builder().on(EventCatalog.CYCLE_CREATED, (EventEnvelope<CycleCreated> e) -> {
                if (e.data().title().equals("event 0") && !known.contains("participant")) {
                    throw new org.nearpeer.backbone.inbox.PrerequisiteMissingException("participant not known yet");
                }
                applied.add(e.data().title());
            }).build();
            String consumer = "test.parking." + school;

            inbox.process(consumer, records.get(0), handlers);
            assertThat(applied).isEmpty();
            assertThat(parked(consumer)).isEqualTo(1);

            known.add("participant");
            inbox.process(consumer, records.get(1), handlers);
            assertThat(applied).containsExactly("event 1", "event 0");
            assertThat(parked(consumer)).isZero();
        }
    }

    private long parked(String consumer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from parked_event where consumer = ?1").setParameter(1, consumer)
                .getSingleResult()).longValue());
    }

    @Test
    void aRecordWithoutCloudEventsAttributesIsPoison() {
        var record = new ConsumerRecord<String, String>(Topic.ENROLLMENT.topicName(), 0, 0L, "k", "{}");
        EventHandlers handlers = EventHandlers.builder().on(EventCatalog.CYCLE_CREATED, (EventEnvelope<CycleCreated> e) -> {
        }).build();
        assertThatThrownBy(() -> inbox.process("test.poison", record, handlers))
                .isInstanceOf(org.nearpeer.backbone.inbox.PoisonEventException.class)
                .hasMessageContaining("ce_specversion");
    }

    @Test
    void aBatchHandsOnPoisonOfItsOwnTypesAndSkipsTypesItDoesNotTakeUnread() {
        EventHandlers handlers = EventHandlers.builder().on(EventCatalog.CYCLE_CREATED, (EventEnvelope<CycleCreated> e) -> {
        }).build();
        var withoutHeaders = new ConsumerRecord<String, String>(Topic.ENROLLMENT.topicName(), 0, 0L, "k", "{}");
        var otherType = new ConsumerRecord<String, String>(Topic.ENROLLMENT.topicName(), 0, 1L, "k", "not json at all");
        otherType.headers().add(CloudEventHeaders.TYPE, EventCatalog.SCHOOL_REGISTERED.cloudEventType().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var ownTypeBroken = new ConsumerRecord<String, String>(Topic.ENROLLMENT.topicName(), 0, 2L, "k", "not json at all");
        ownTypeBroken.headers().add(CloudEventHeaders.TYPE, EventCatalog.CYCLE_CREATED.cloudEventType().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Long> poison = new java.util.ArrayList<>();

        inbox.processBatch("test.batch-poison", List.of(withoutHeaders, otherType, ownTypeBroken), handlers,
                (record, reason) -> poison.add(record.offset()));

        assertThat(poison).containsExactly(0L, 2L);
    }

}
