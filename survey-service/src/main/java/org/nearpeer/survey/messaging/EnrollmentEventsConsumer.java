package org.nearpeer.survey.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nearpeer.backbone.inbox.EventHandlers;
import org.nearpeer.backbone.inbox.IdempotentConsumer;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.survey.application.SurveyParticipants;

import io.smallrye.common.annotation.Blocking;

/**
 * Learns each cycle's participants and their research consent from enrollment, each event at most
 * once — a poll at a time, in as few transactions as possible; a record that can never be applied is
 * dead-lettered.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    static final String CONSUMER = "survey.enrollment";

    private final IdempotentConsumer inbox;
    private final EventHandlers handlers;

    public EnrollmentEventsConsumer(IdempotentConsumer inbox, SurveyParticipants participants) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.APPLICATION_SUBMITTED, participants::onSubmitted)
                .on(EventCatalog.APPLICATION_UPDATED, participants::onUpdated)
                .on(EventCatalog.APPLICATION_WITHDRAWN, participants::onWithdrawn)
                .on(EventCatalog.CONSENT_GIVEN, participants::onConsentGiven)
                .on(EventCatalog.CONSENT_WITHDRAWN, participants::onConsentWithdrawn)
                .build();
    }

    @Incoming(Channels.ENROLLMENT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> poll) {
        inbox.processPoll(CONSUMER, poll, handlers);
    }
}
