package org.nearpeer.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents 1.0 attributes plus Nearpeer's tenancy extensions, around one event payload.
 *
 * @param id       unique event id; consumers deduplicate on it
 * @param source   the producing service, e.g. {@code /nearpeer/enrollment-service}
 * @param type     versioned type, e.g. {@code nearpeer.enrollment.CycleCreated.v1}
 * @param time     when the fact happened (the producing transaction's time)
 * @param subject  the aggregate the fact is about, e.g. {@code cycles/4f1c…}
 * @param schoolId the tenant (school) the fact belongs to
 * @param cycleId  the program cycle (school + semester); null only for school-level facts
 * @param data     the payload
 */
public record EventEnvelope<T extends NearpeerEvent>(
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String schoolId,
        UUID cycleId,
        T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(data, "data");
    }

    /** The same attributes around another view of the payload (e.g. a decoded record). */
    public <U extends NearpeerEvent> EventEnvelope<U> withData(U newData) {
        return new EventEnvelope<>(id, source, type, time, subject, schoolId, cycleId, newData);
    }

    /** The Kafka record key: the cycle keeps a cycle's history in one partition, in order. */
    public String partitionKey() {
        return cycleId != null ? cycleId.toString() : schoolId;
    }
}
