package org.nearpeer.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far consumer groups trail a topic's end: a write API's rate is only sustainable if the
 * services applying its events keep up, so the load benchmark reports the lag when the load stops
 * and how long the groups take to reach the end. Events still in the producing service's outbox
 * when the load stops are not on the topic yet, so they are not counted.
 */
final class ConsumerLag {

    private final int kafkaPort;

    ConsumerLag(int kafkaPort) {
        this.kafkaPort = kafkaPort;
    }

    /** The lag when called and the time until every group had committed the end offsets of then. */
    record Drained(long lagAtStart, Duration took, boolean complete) {
        @Override
        public String toString() {
            // Committed offsets: the consumers commit every few seconds, so both figures are upper bounds.
            return complete ? String.format("%,d events behind (committed offsets) when the load stopped, caught up %.1f s later", lagAtStart,
                    took.toMillis() / 1000.0)
                    : String.format("%,d events behind (committed offsets) when the load stopped, still behind after %d s", lagAtStart, took.toSeconds());
        }
    }

    Drained awaitDrained(String topic, List<String> groups, Duration limit) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort);
        try (Admin admin = Admin.create(props)) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin
                    .listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            long started = System.nanoTime();
            long lagAtStart = -1;
            while (true) {
                long lag = 0;
                for (String group : groups) {
                    lag += lag(admin, group, ends);
                }
                if (lagAtStart < 0) {
                    lagAtStart = lag;
                }
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                if (lag == 0 || took.compareTo(limit) > 0) {
                    return new Drained(lagAtStart, took, lag == 0);
                }
                Thread.sleep(100);
            }
        }
    }

    private static long lag(Admin admin, String group, Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (at == null ? 0 : at.offset()));
        }
        return lag;
    }
}
