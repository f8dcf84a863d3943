package org.nearpeer.backbone.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.nearpeer.backbone.config.EventBackboneConfig;
import org.nearpeer.events.Topic;

/**
 * Creates the event topics when missing: several partitions (the cycle key spreads cycles over
 * them) and no retention limit, because analytics rebuilds its projections from the topics.
 */
final class KafkaTopics {

    private KafkaTopics() {
    }

    static void provision(Properties connection, EventBackboneConfig.Topics config) throws Exception {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                if (!existing.contains(topic.topicName())) {
                    missing.add(new NewTopic(topic.topicName(), config.partitions(), config.replicationFactor())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1")));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // Another instance created them first: that is what we wanted.
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
