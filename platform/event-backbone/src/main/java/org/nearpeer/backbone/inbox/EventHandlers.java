package org.nearpeer.backbone.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.EventType;
import org.nearpeer.events.NearpeerEvent;

/**
 * Which event types a consumer applies, and how. Types not listed are acknowledged and skipped.
 * Optionally, a batch preparation: called in a batch's transaction with the batch's new events
 * before any is applied, so that what the handlers will look up one event at a time can be loaded
 * in a few queries.
 */
public final class EventHandlers {

    private final Map<String, Consumer<EventEnvelope<NearpeerEvent>>> byType;
    private final Consumer<List<EventEnvelope<NearpeerEvent>>> batchPreparation;

    private EventHandlers(Map<String, Consumer<EventEnvelope<NearpeerEvent>>> byType,
            Consumer<List<EventEnvelope<NearpeerEvent>>> batchPreparation) {
        this.byType = Map.copyOf(byType);
        this.batchPreparation = batchPreparation;
    }

    /** No type is applied (every record is acknowledged and skipped). */
    public boolean isEmpty() {
        return byType.isEmpty();
    }

    void prepareBatch(List<EventEnvelope<NearpeerEvent>> events) {
        if (!events.isEmpty()) {
            batchPreparation.accept(events);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Consumer<EventEnvelope<NearpeerEvent>>> handlerFor(String cloudEventType) {
        return Optional.ofNullable(byType.get(cloudEventType));
    }

    public static final class Builder {
        private final Map<String, Consumer<EventEnvelope<NearpeerEvent>>> byType = new LinkedHashMap<>();
        private Consumer<List<EventEnvelope<NearpeerEvent>>> batchPreparation = events -> {
        };

        @SuppressWarnings("unchecked")
        public <T extends NearpeerEvent> Builder on(EventType<T> type, Consumer<EventEnvelope<T>> handler) {
            byType.put(type.cloudEventType(), envelope -> handler.accept((EventEnvelope<T>) (EventEnvelope<?>) envelope));
            return this;
        }

        /** Runs before a batch's events are applied, in their transaction (not for events applied one by one). */
        public Builder prepareBatch(Consumer<List<EventEnvelope<NearpeerEvent>>> preparation) {
            this.batchPreparation = preparation;
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType, batchPreparation);
        }
    }
}
