package org.nearpeer.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nearpeer.backbone.inbox.EventHandlers;
import org.nearpeer.backbone.inbox.IdempotentConsumer;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.matching.application.CandidatePools;

import io.smallrye.common.annotation.Blocking;

/**
 * Builds matching's candidate pools from enrollment events, each applied at most once — a poll at a
 * time, in as few transactions as possible; a record that can never be applied is dead-lettered.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    static final String CONSUMER = "matching.enrollment";

    private final IdempotentConsumer inbox;
    private final EventHandlers handlers;

    public EnrollmentEventsConsumer(IdempotentConsumer inbox, CandidatePools pools) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.CYCLE_CREATED, pools::onCycleCreated)
                .on(EventCatalog.CYCLE_CONFIGURED, pools::onCycleConfigured)
                .on(EventCatalog.APPLICATION_SUBMITTED, pools::onApplicationSubmitted)
                .on(EventCatalog.APPLICATION_UPDATED, pools::onApplicationUpdated)
                .on(EventCatalog.APPLICATION_WITHDRAWN, pools::onApplicationWithdrawn)
                .on(EventCatalog.PARTNER_REQUEST_CONFIRMED, pools::onPartnerRequestConfirmed)
                .build();
    }

    @Incoming(Channels.ENROLLMENT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> poll) {
        inbox.processPoll(CONSUMER, poll, handlers);
    }
}
