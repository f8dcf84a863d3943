package org.nearpeer.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.SchoolRegistered;

/**
 * Every event type Nearpeer publishes. A producer can only publish a registered type, and a
 * consumer resolves an incoming {@code ce_type} here. Adding a type is an additive change.
 */
public final class EventCatalog {

    public static final EventType<CycleCreated> CYCLE_CREATED =
            new EventType<>("nearpeer.enrollment.CycleCreated", 1, Topic.ENROLLMENT, CycleCreated.class);

    public static final EventType<SchoolRegistered> SCHOOL_REGISTERED =
            new EventType<>("nearpeer.enrollment.SchoolRegistered", 1, Topic.ENROLLMENT, SchoolRegistered.class);

    private static final Map<String, EventType<?>> BY_CLOUD_EVENT_TYPE = index(List.of(
            CYCLE_CREATED,
            SCHOOL_REGISTERED));

    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD = new LinkedHashMap<>();

    static {
        BY_CLOUD_EVENT_TYPE.values().forEach(type -> BY_PAYLOAD.put(type.payloadType(), type));
    }

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return List.copyOf(BY_CLOUD_EVENT_TYPE.values());
    }

    public static Optional<EventType<?>> byCloudEventType(String cloudEventType) {
        return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
    }

    @SuppressWarnings("unchecked")
    public static <T extends NearpeerEvent> EventType<T> forPayload(T payload) {
        EventType<?> type = BY_PAYLOAD.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException("unregistered event payload: " + payload.getClass().getName());
        }
        return (EventType<T>) type;
    }

    private static Map<String, EventType<?>> index(List<EventType<?>> types) {
        Map<String, EventType<?>> byType = new LinkedHashMap<>();
        for (EventType<?> type : types) {
            if (byType.put(type.cloudEventType(), type) != null) {
                throw new IllegalStateException("duplicate event type " + type.cloudEventType());
            }
        }
        return byType;
    }
}
