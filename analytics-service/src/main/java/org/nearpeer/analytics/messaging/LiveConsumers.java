package org.nearpeer.analytics.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.nearpeer.backbone.inbox.IdempotentConsumer;

import io.smallrye.common.annotation.Blocking;

/** The four topics as they arrive, each event applied at most once per {@link Subscriptions subscription}. */
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
    public void enrollment(ConsumerRecord<String, String> record) {
        apply(subscriptions.enrollment(), record);
    }

    @Incoming(Channels.MATCHING_EVENTS)
    @Blocking
    public void matching(ConsumerRecord<String, String> record) {
        apply(subscriptions.matching(), record);
    }

    @Incoming(Channels.SESSION_EVENTS)
    @Blocking
    public void session(ConsumerRecord<String, String> record) {
        apply(subscriptions.session(), record);
    }

    @Incoming(Channels.SURVEY_EVENTS)
    @Blocking
    public void survey(ConsumerRecord<String, String> record) {
        apply(subscriptions.survey(), record);
    }

    private void apply(Subscriptions.Subscription subscription, ConsumerRecord<String, String> record) {
        inbox.process(subscription.consumer(), record, subscription.handlers());
    }
}
