package org.nearpeer.backbone.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.EventType;
import org.nearpeer.events.NearpeerEvent;

/** Which event types a consumer applies, and how. Types not listed are acknowledged and skipped. */
public final class EventHandlers {

    private final Map<String, Consumer<EventEnvelope<NearpeerEvent>>> byType;

    private EventHandlers(Map<String, Consumer<EventEnvelope<NearpeerEvent>>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Consumer<EventEnvelope<NearpeerEvent>>> handlerFor(String cloudEventType) {
        return Optional.ofNullable(byType.get(cloudEventType));
    }

    public static final class Builder {
        private final Map<String, Consumer<EventEnvelope<NearpeerEvent>>> byType = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        public <T extends NearpeerEvent> Builder on(EventType<T> type, Consumer<EventEnvelope<T>> handler) {
            byType.put(type.cloudEventType(), envelope -> handler.accept((EventEnvelope<T>) (EventEnvelope<?>) envelope));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
