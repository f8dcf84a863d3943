package org.nearpeer.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.KafkaCloudEventBinding;
import org.nearpeer.events.MalformedEventException;
import org.nearpeer.events.NearpeerEvent;

/**
 * Reads a topic from the beginning with a plain consumer (its own group) and decodes the records
 * the way services do, so tests can assert on exactly what was published.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    public TopicProbe(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code count} decoded events match, or fails after the timeout. */
    public List<EventEnvelope<NearpeerEvent>> await(Predicate<EventEnvelope<NearpeerEvent>> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<EventEnvelope<NearpeerEvent>> found = events().stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching event(s) within " + timeout + " but saw " + found.size()
                        + " (of " + records.size() + " records on the topic)");
            }
            poll(Duration.ofMillis(300));
        }
    }

    /** Reads whatever arrives during the given time (to check that nothing more came). */
    public List<ConsumerRecord<String, String>> drain(Duration during) {
        long deadline = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200));
        }
        return records();
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    /** The records read so far that decode into events (malformed ones are left out; see {@link #records()}). */
    public List<EventEnvelope<NearpeerEvent>> events() {
        List<EventEnvelope<NearpeerEvent>> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                KafkaCloudEventBinding.decode(headers(record), record.value()).ifPresent(events::add);
            } catch (MalformedEventException e) {
                // poison records are of interest only through records()
            }
        }
        return events;
    }

    public static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private void poll(Duration duration) {
        consumer.poll(duration).forEach(records::add);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
