package org.nearpeer.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.EventJson;
import org.nearpeer.events.KafkaCloudEventBinding;
import org.nearpeer.events.NearpeerEvent;

/**
 * Publishes events the way the outbox relay does (same binding), or raw records, so consumer
 * tests can feed a service exactly what it would see in production — including redeliveries and
 * poison records.
 */
public final class TestEventProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TestEventProducer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    /** An envelope around the payload, as the named service would have produced it. */
    public static <T extends NearpeerEvent> EventEnvelope<T> envelope(String service, String schoolId, UUID cycleId, String subject, T data) {
        return envelope(service, schoolId, cycleId, subject, data, Instant.now());
    }

    /** The same, for a fact that happened at the given time (e.g. a pair formed a month ago). */
    public static <T extends NearpeerEvent> EventEnvelope<T> envelope(String service, String schoolId, UUID cycleId, String subject, T data,
            Instant time) {
        return new EventEnvelope<>(UUID.randomUUID(), "/nearpeer/" + service, EventCatalog.forPayload(data).cloudEventType(),
                time.truncatedTo(ChronoUnit.MICROS), subject, schoolId, cycleId, data);
    }

    public void publish(EventEnvelope<?> envelope) {
        String topic = EventCatalog.forPayload(envelope.data()).topic().topicName();
        publishRaw(topic, envelope.partitionKey(), KafkaCloudEventBinding.headers(envelope), EventJson.write(envelope.data()));
    }

    public void publishRaw(String topic, String key, Map<String, String> headers, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
