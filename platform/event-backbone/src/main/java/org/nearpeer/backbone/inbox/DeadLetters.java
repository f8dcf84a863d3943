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
        try {
            producer().send(dead).get(30, TimeUnit.SECONDS);
            LOG.warnf("Dead-lettered %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(), topic, reason.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "-" + record.partition() + "@" + record.offset(), e);
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

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
