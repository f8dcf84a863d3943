package org.nearpeer.session.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nearpeer.backbone.inbox.EventHandlers;
import org.nearpeer.backbone.inbox.IdempotentConsumer;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.session.application.PairDirectory;

import io.smallrye.common.annotation.Blocking;

/**
 * Pairs from matching; cycle rules, closing and completed trainings from enrollment — each event at
 * most once, a poll at a time in as few transactions as possible; a record that can never be applied
 * is dead-lettered.
 */
@ApplicationScoped
public class PairingEventsConsumer {

    static final String MATCHING_CONSUMER = "session.matching";
    static final String ENROLLMENT_CONSUMER = "session.enrollment";

    private final IdempotentConsumer inbox;
    private final EventHandlers matchingHandlers;
    private final EventHandlers enrollmentHandlers;

    public PairingEventsConsumer(IdempotentConsumer inbox, PairDirectory directory) {
        this.inbox = inbox;
        this.matchingHandlers = EventHandlers.builder()
                .on(EventCatalog.PAIR_CONFIRMED, directory::onPairConfirmed)
                .on(EventCatalog.PAIR_DISSOLVED, directory::onPairDissolved)
                .build();
        this.enrollmentHandlers = EventHandlers.builder()
                .on(EventCatalog.CYCLE_CONFIGURED, directory::onCycleConfigured)
                .on(EventCatalog.CYCLE_STAGE_CHANGED, directory::onStageChanged)
                .on(EventCatalog.TRAINING_COMPLETED, directory::onTrainingCompleted)
                .build();
    }

    @Incoming(Channels.MATCHING_EVENTS)
    @Blocking
    public void consumeMatching(ConsumerRecords<String, String> poll) {
        inbox.processPoll(MATCHING_CONSUMER, poll, matchingHandlers);
    }

    @Incoming(Channels.ENROLLMENT_EVENTS)
    @Blocking
    public void consumeEnrollment(ConsumerRecords<String, String> poll) {
        inbox.processPoll(ENROLLMENT_CONSUMER, poll, enrollmentHandlers);
    }
}
