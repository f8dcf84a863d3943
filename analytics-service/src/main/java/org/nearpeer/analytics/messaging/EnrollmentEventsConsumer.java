package org.nearpeer.analytics.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nearpeer.analytics.application.CycleProjection;
import org.nearpeer.backbone.inbox.EventHandlers;
import org.nearpeer.backbone.inbox.IdempotentConsumer;
import org.nearpeer.events.EventCatalog;

import io.smallrye.common.annotation.Blocking;

/** Applies enrollment events to the analytics projections, each at most once. */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    static final String CONSUMER = "analytics.enrollment";

    private final IdempotentConsumer inbox;
    private final EventHandlers handlers;

    public EnrollmentEventsConsumer(IdempotentConsumer inbox, CycleProjection cycles) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.CYCLE_CREATED, cycles::onCycleCreated)
                .build();
    }

    @Incoming(Channels.ENROLLMENT_EVENTS)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, handlers);
    }
}
