package org.nearpeer.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of event payloads, shared by producers and consumers. Unknown fields are
 * ignored so that producers may add fields without breaking older consumers.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** One reader per payload type: reading through a prepared reader skips resolving the type per event. */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    private EventJson() {
    }

    public static String write(NearpeerEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + event.getClass().getName(), e);
        }
    }

    /**
     * @throws MalformedEventException when the JSON does not fit the payload record
     */
    public static <T extends NearpeerEvent> T read(String json, Class<T> payloadType) {
        try {
            T value = READERS.get(payloadType).readValue(json);
            if (value == null) {
                throw new MalformedEventException("event payload is null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload is not a valid " + payloadType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
