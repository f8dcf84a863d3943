package org.nearpeer.analytics.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nearpeer.backbone.inbox.IdempotentConsumer;

import io.smallrye.common.annotation.Blocking;

/**
 * The four topics as they arrive, a poll at a time: each batch is applied in as few transactions
 * as possible, each event at most once per {@link Subscriptions subscription}; a record that can
 * never be applied is dead-lettered and the rest of the batch goes on.
 */
@ApplicationScoped
public class LiveConsumers {

    private final IdempotentConsumer inbox;
    private final Subscriptions subscriptions;

    public LiveConsumers(IdempotentConsumer inbox, Subscriptions subscriptions) {
        this.inbox = inbox;
        this.subscriptions = subscriptions;
    }

    @Incoming(Channels.ENROLLMENT_EVENTS)
    @Blocking
    public void enrollment(ConsumerRecords<String, String> records) {
        apply(subscriptions.enrollment(), records);
    }

    @Incoming(Channels.MATCHING_EVENTS)
    @Blocking
    public void matching(ConsumerRecords<String, String> records) {
        apply(subscriptions.matching(), records);
    }

    @Incoming(Channels.SESSION_EVENTS)
    @Blocking
    public void session(ConsumerRecords<String, String> records) {
        apply(subscriptions.session(), records);
    }

    @Incoming(Channels.SURVEY_EVENTS)
    @Blocking
    public void survey(ConsumerRecords<String, String> records) {
        apply(subscriptions.survey(), records);
    }

    private void apply(Subscriptions.Subscription subscription, ConsumerRecords<String, String> poll) {
        inbox.processPoll(subscription.consumer(), poll, subscription.handlers());
    }
}
