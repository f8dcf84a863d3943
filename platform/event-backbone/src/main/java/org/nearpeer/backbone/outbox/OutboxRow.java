package org.nearpeer.backbone.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.nearpeer.events.KafkaCloudEventBinding;

/** One claimed, unsent outbox row and the Kafka record it becomes. */
record OutboxRow(UUID id, String topic, String key, String type, String source, String subject, Instant time,
        String schoolId, UUID cycleId, String payload) {

    static final String COLUMNS = "id, topic, message_key, type, source, subject, timestamp, school_id, cycle_id, payload::text";

    static OutboxRow from(ResultSet rs) throws SQLException {
        return new OutboxRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getObject(9, UUID.class), rs.getString(10));
    }

    ProducerRecord<String, String> toRecord() {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        KafkaCloudEventBinding.headers(id, source, type, time, subject, schoolId, cycleId)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
