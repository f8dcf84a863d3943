package org.nearpeer.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * CloudEvents Kafka protocol binding, binary content mode: attributes as {@code ce_*} headers,
 * the payload JSON as the record value. Used by the outbox relay to write and by consumers to
 * read, so both sides agree by construction.
 */
public final class KafkaCloudEventBinding {

    /** School ids are short slugs, e.g. {@code north-valley}. */
    public static final Pattern SCHOOL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private KafkaCloudEventBinding() {
    }

    public static Map<String, String> headers(UUID id, String source, String type, Instant time, String subject,
            String schoolId, UUID cycleId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, id.toString());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.TIME, time.toString());
        if (subject != null) {
            headers.put(CloudEventHeaders.SUBJECT, subject);
        }
        headers.put(CloudEventHeaders.SCHOOL_ID, schoolId);
        if (cycleId != null) {
            headers.put(CloudEventHeaders.CYCLE_ID, cycleId.toString());
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    public static Map<String, String> headers(EventEnvelope<?> envelope) {
        return headers(envelope.id(), envelope.source(), envelope.type(), envelope.time(), envelope.subject(),
                envelope.schoolId(), envelope.cycleId());
    }

    /**
     * Reads a record back into an envelope.
     *
     * @return empty when the type is well-formed but unknown to this version of the contracts (a
     *         newer producer): the consumer skips it rather than failing
     * @throws MalformedEventException when the record can never be processed
     */
    public static Optional<EventEnvelope<NearpeerEvent>> decode(Map<String, String> headers, String value) {
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new MalformedEventException("unsupported CloudEvents spec version " + specVersion);
        }
        UUID id = uuid(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String schoolId = required(headers, CloudEventHeaders.SCHOOL_ID);
        if (!SCHOOL_ID.matcher(schoolId).matches()) {
            throw new MalformedEventException("invalid school id '" + schoolId + "'");
        }
        Optional<EventType<?>> eventType = EventCatalog.byCloudEventType(type);
        if (eventType.isEmpty()) {
            return Optional.empty();
        }
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("event " + id + " has no payload");
        }
        Instant time;
        try {
            time = CloudEventTime.parse(required(headers, CloudEventHeaders.TIME));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("invalid ce_time on event " + id, e);
        }
        String cycle = headers.get(CloudEventHeaders.CYCLE_ID);
        UUID cycleId = cycle == null ? null : uuid(headers, CloudEventHeaders.CYCLE_ID);
        NearpeerEvent data = EventJson.read(value, eventType.get().payloadType());
        return Optional.of(new EventEnvelope<>(id, required(headers, CloudEventHeaders.SOURCE), type, time,
                headers.get(CloudEventHeaders.SUBJECT), schoolId, cycleId, data));
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing header " + name);
        }
        return value;
    }

    private static UUID uuid(Map<String, String> headers, String name) {
        try {
            return UUID.fromString(required(headers, name));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("header " + name + " is not a UUID", e);
        }
    }
}
