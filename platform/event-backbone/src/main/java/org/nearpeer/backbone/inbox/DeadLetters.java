package org.nearpeer.backbone.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.nearpeer.backbone.config.KafkaClientSettings;

/**
 * Dead-letters records that can never be applied, for consumers that take records in batches
 * (where the channel's own dead-letter strategy would take the whole batch). Same topic, key,
 * value and headers as the channel strategy writes, plus its {@code dead-letter-*} headers; an
 * oversized value is shortened (so the dead letter itself always fits the broker's limits) and
 * says so. The send is acknowledged before the batch's offsets can be committed.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** Larger values are cut to this many characters: the original stays on its own topic, at the offset in the headers. */
    static final int MAX_VALUE_CHARS = 256 * 1024;

    private final KafkaClientSettings kafka;
    private final String topic;
    private KafkaProducer<String, String> producer;
    private volatile boolean closed;

    public DeadLetters(KafkaClientSettings kafka, @ConfigProperty(name = "nearpeer.dead-letter-topic") String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    public synchronized void send(ConsumerRecord<String, String> record, Throwable reason) {
        String value = record.value();
        boolean shortened = value != null && value.length() > MAX_VALUE_CHARS;
        ProducerRecord<String, String> dead = new ProducerRecord<>(topic, record.key(), shortened ? value.substring(0, MAX_VALUE_CHARS) : value);
        record.headers().forEach(h -> dead.headers().add(h));
        if (shortened) {
            dead.headers().add("dead-letter-original-length", bytes(Integer.toString(value.length())));
        }
        dead.headers().add("dead-letter-reason", bytes(reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage()));
        if (reason.getCause() != null) {
            dead.headers().add("dead-letter-cause", bytes(String.valueOf(reason.getCause().getMessage())));
        }
        dead.headers().add("dead-letter-topic", bytes(record.topic()));
        dead.headers().add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        dead.headers().add("dead-letter-offset", bytes(Long.toString(record.offset())));
        // Retried until Kafka takes it: the batch's offsets wait, so the record is neither lost nor does the channel fail.
        long backoffMillis = 100;
        while (true) {
            try {
                producer().send(dead).get(30, TimeUnit.SECONDS);
                LOG.warnf("Dead-lettered %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(), topic, reason.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering " + record.topic() + "@" + record.offset(), e);
            } catch (Exception e) {
                if (closed) {
                    throw new IllegalStateException("shutting down before " + record.topic() + "@" + record.offset() + " was dead-lettered", e);
                }
                LOG.warnf("Cannot dead-letter %s-%d@%d yet (%s); retrying in %d ms", record.topic(), record.partition(), record.offset(),
                        e.getMessage(), backoffMillis);
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while dead-lettering", interrupted);
                }
                backoffMillis = Math.min(backoffMillis * 2, 15_000);
            }
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = kafka.producer();
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    void onStop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        closed = true;
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        if (producer != null) {
            producer.close();
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
