package org.nearpeer.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.CloudEventHeaders;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.KafkaCloudEventBinding;
import org.nearpeer.events.Topic;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.testing.TestEventProducer;
import org.nearpeer.testing.Tokens;
import org.nearpeer.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EnrollmentEventsConsumerTest {

    private static final String DEAD_LETTERS = "nearpeer.deadletter.analytics-service.v1";

    @Inject
    EntityManager entityManager;

    private final String school = "school-" + UUID.randomUUID().toString().substring(0, 8);
    private final TestEventProducer producer = new TestEventProducer(bootstrapServers());

    @AfterEach
    void close() {
        producer.close();
    }

    private EventEnvelope<CycleCreated> cycleCreated() {
        return TestEventProducer.envelope("enrollment-service", school, UUID.randomUUID(), "cycle/x",
                new CycleCreated("2026-fall", "Fall 2026", LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11)));
    }

    private void awaitOverview(UUID cycleId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.coordinator(school).token())
                .when().get("/api/v1/cycles/" + cycleId)
                .then().statusCode(200).body("semester", equalTo("2026-fall")));
    }

    private long processedCount(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).longValue());
    }

    @Test
    void aCycleCreatedEventBecomesVisibleToTheSchoolsCoordinator() {
        EventEnvelope<CycleCreated> event = cycleCreated();
        producer.publish(event);
        awaitOverview(event.cycleId());
        given().auth().oauth2(Tokens.coordinator("another-school").token())
                .when().get("/api/v1/cycles/" + event.cycleId())
                .then().statusCode(404);
    }

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() {
        EventEnvelope<CycleCreated> event = cycleCreated();
        producer.publish(event);
        producer.publish(event);
        EventEnvelope<CycleCreated> marker = cycleCreated();
        producer.publish(marker);
        awaitOverview(event.cycleId());
        awaitOverview(marker.cycleId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(processedCount(event.id())).isEqualTo(1));
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndDoesNotBlockTheTopic() {
        Map<String, String> headers = new HashMap<>(KafkaCloudEventBinding.headers(cycleCreated()));
        headers.put(CloudEventHeaders.ID, "not-a-uuid");
        String key = UUID.randomUUID().toString();
        producer.publishRaw(Topic.ENROLLMENT.topicName(), key, headers, "{}");

        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers(), DEAD_LETTERS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                deadLetters.drain(Duration.ofMillis(300));
                return deadLetters.records().stream().anyMatch(r -> key.equals(r.key()));
            });
            var record = deadLetters.records().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.headers(record).get("dead-letter-reason")).contains("ce_id");
        }
        EventEnvelope<CycleCreated> next = cycleCreated();
        producer.publish(next);
        awaitOverview(next.cycleId());
    }

    @Test
    void anOversizedMalformedRecordIsDeadLetteredShortenedAndTheTopicMovesOn() {
        String key = UUID.randomUUID().toString();
        String huge = "{\"title\": \"" + "x".repeat(900_000); // not even JSON: never applicable
        producer.publishRaw(Topic.ENROLLMENT.topicName(), key, KafkaCloudEventBinding.headers(cycleCreated()), huge);

        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers(), DEAD_LETTERS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                deadLetters.drain(Duration.ofMillis(300));
                return deadLetters.records().stream().anyMatch(r -> key.equals(r.key()));
            });
            var record = deadLetters.records().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.headers(record)).containsEntry("dead-letter-original-length", Integer.toString(huge.length()));
            assertThat(record.value().length()).isLessThan(huge.length());
        }
        EventEnvelope<CycleCreated> next = cycleCreated();
        producer.publish(next);
        awaitOverview(next.cycleId());
    }

    @Test
    void anEventTypeFromANewerProducerIsSkipped() {
        Map<String, String> headers = new HashMap<>(KafkaCloudEventBinding.headers(cycleCreated()));
        headers.put(CloudEventHeaders.TYPE, "nearpeer.enrollment.SomethingAddedLater.v1");
        producer.publishRaw(Topic.ENROLLMENT.topicName(), UUID.randomUUID().toString(), headers, "{\"anything\":1}");
        EventEnvelope<CycleCreated> next = cycleCreated();
        producer.publish(next);
        awaitOverview(next.cycleId());
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
