package org.nearpeer.backbone.config;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.smallrye.common.annotation.Identifier;

/**
 * The connection settings of the platform's own Kafka clients (outbox relay, topic provisioning,
 * replays), taken from the same {@code kafka.*} configuration the messaging channels use — so a
 * deployment that adds SASL or TLS (e.g. {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_JAAS_CONFIG}
 * from a Strimzi KafkaUser secret) configures every client at once.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> broker;

    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.broker = broker;
    }

    public Properties producer() {
        return only(ProducerConfig.configNames());
    }

    public Properties consumer() {
        return only(ConsumerConfig.configNames());
    }

    public Properties admin() {
        return only(AdminClientConfig.configNames());
    }

    /** Connection settings only: each client sets its own behaviour (acks, serializers, offsets). */
    private Properties only(Set<String> known) {
        Properties props = new Properties();
        broker.forEach((key, value) -> {
            if (known.contains(key) && (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl."))) {
                props.put(key, value);
            }
        });
        return props;
    }
}
