package org.nearpeer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nearpeer.events.enrollment.CycleCreated;

class KafkaCloudEventBindingTest {

    private final EventEnvelope<CycleCreated> envelope = new EventEnvelope<>(UUID.randomUUID(), "/nearpeer/enrollment-service",
            EventCatalog.CYCLE_CREATED.cloudEventType(), Instant.parse("2026-08-01T10:15:30.123456Z"), "cycles/1",
            "north-valley", UUID.randomUUID(), new CycleCreated("2026-fall", "Fall", LocalDate.of(2026, 8, 24), LocalDate.of(2026, 9, 11)));

    @Test
    void headersAndPayloadDecodeIntoTheSameEnvelope() {
        var decoded = KafkaCloudEventBinding.decode(KafkaCloudEventBinding.headers(envelope), EventJson.write(envelope.data()));
        assertThat(decoded).contains(envelope.withData(envelope.data()));
    }

    @Test
    void unknownTypeFromANewerProducerIsSkippedNotRejected() {
        Map<String, String> headers = new HashMap<>(KafkaCloudEventBinding.headers(envelope));
        headers.put(CloudEventHeaders.TYPE, "nearpeer.enrollment.SomethingNew.v1");
        assertThat(KafkaCloudEventBinding.decode(headers, "{}")).isEmpty();
    }

    @Test
    void recordsWithoutAttributesOrWithABadSchoolAreMalformed() {
        assertThatThrownBy(() -> KafkaCloudEventBinding.decode(Map.of(), "{}")).isInstanceOf(MalformedEventException.class);
        Map<String, String> headers = new HashMap<>(KafkaCloudEventBinding.headers(envelope));
        headers.put(CloudEventHeaders.SCHOOL_ID, "../other");
        assertThatThrownBy(() -> KafkaCloudEventBinding.decode(headers, "{}")).isInstanceOf(MalformedEventException.class);
        Map<String, String> noPayload = KafkaCloudEventBinding.headers(envelope);
        assertThatThrownBy(() -> KafkaCloudEventBinding.decode(noPayload, "")).isInstanceOf(MalformedEventException.class);
    }
}
