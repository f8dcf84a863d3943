package org.nearpeer.analytics.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nearpeer.analytics.application.SatisfactionProjection;
import org.nearpeer.backbone.inbox.EventHandlers;
import org.nearpeer.backbone.inbox.IdempotentConsumer;
import org.nearpeer.events.EventCatalog;

import io.smallrye.common.annotation.Blocking;

/** Applies survey events to the satisfaction statistics, each at most once. */
@ApplicationScoped
public class SurveyEventsConsumer {

    static final String CONSUMER = "analytics.survey";

    private final IdempotentConsumer inbox;
    private final EventHandlers handlers;

    public SurveyEventsConsumer(IdempotentConsumer inbox, SatisfactionProjection projection) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.INSTRUMENT_PUBLISHED, projection::onInstrumentPublished)
                .on(EventCatalog.RESPONSE_SUBMITTED, projection::onSubmitted)
                .on(EventCatalog.RESPONSE_REVISED, projection::onRevised)
                .on(EventCatalog.RESPONSE_ERASED, projection::onErased)
                .build();
    }

    @Incoming(Channels.SURVEY_EVENTS)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, handlers);
    }
}
