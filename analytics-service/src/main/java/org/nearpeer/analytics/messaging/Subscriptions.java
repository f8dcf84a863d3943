package org.nearpeer.analytics.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.analytics.application.BatchPrefetch;
import org.nearpeer.analytics.application.CycleProjection;
import org.nearpeer.analytics.application.OpenAnswerProjection;
import org.nearpeer.analytics.application.ProgramFactsProjection;
import org.nearpeer.analytics.application.SatisfactionProjection;
import org.nearpeer.backbone.inbox.EventHandlers;
import org.nearpeer.events.EventCatalog;
import org.nearpeer.events.Topic;

/**
 * What analytics takes from each topic, in one place: the live consumers and the rebuild replay
 * apply the same handlers under the same dedupe names, so a replay lands exactly where live
 * consumption would.
 */
@ApplicationScoped
public class Subscriptions {

    /** One dedupe scope: a consumer name, the topic it reads, and what it does with each event type. */
    /**
     * @param prerequisites the events others on the topic wait for when they sit on another
     *                      partition (an instrument is keyed by school, its responses by cycle): a
     *                      rebuild applies these in a first pass, so replayed responses need not park
     */
    public record Subscription(String consumer, Topic topic, EventHandlers handlers, EventHandlers prerequisites) {

        Subscription(String consumer, Topic topic, EventHandlers handlers) {
            this(consumer, topic, handlers, EventHandlers.builder().build());
        }
    }

    private final Subscription enrollment;
    private final Subscription matching;
    private final Subscription session;
    private final Subscription survey;

    public Subscriptions(CycleProjection cycles, ProgramFactsProjection facts, SatisfactionProjection satisfaction,
            OpenAnswerProjection openAnswers, BatchPrefetch prefetch) {
        enrollment = new Subscription("analytics.enrollment", Topic.ENROLLMENT, EventHandlers.builder()
                .on(EventCatalog.SCHOOL_REGISTERED, facts::onSchoolRegistered)
                .on(EventCatalog.CYCLE_CREATED, cycles::onCycleCreated)
                .on(EventCatalog.APPLICATION_SUBMITTED, facts::onApplicationSubmitted)
                .on(EventCatalog.APPLICATION_UPDATED, facts::onApplicationUpdated)
                .on(EventCatalog.APPLICATION_WITHDRAWN, facts::onApplicationWithdrawn)
                .prepareBatch(prefetch::prepare)
                .build());
        matching = new Subscription("analytics.matching", Topic.MATCHING, EventHandlers.builder()
                .on(EventCatalog.PAIR_CONFIRMED, facts::onPairConfirmed)
                .on(EventCatalog.PAIR_DISSOLVED, facts::onPairDissolved)
                .build());
        session = new Subscription("analytics.session", Topic.SESSION, EventHandlers.builder()
                .on(EventCatalog.SESSION_LOGGED, facts::onSessionLogged)
                .on(EventCatalog.SESSION_CONFIRMED, facts::onSessionConfirmed)
                .on(EventCatalog.SESSION_DISPUTED, facts::onSessionDisputed)
                .on(EventCatalog.HOURS_APPROVED, facts::onHoursApproved)
                .build());
        survey = new Subscription("analytics.survey", Topic.SURVEY, EventHandlers.builder()
                .on(EventCatalog.INSTRUMENT_PUBLISHED, satisfaction::onInstrumentPublished)
                .on(EventCatalog.RESPONSE_SUBMITTED, event -> {
                    satisfaction.onSubmitted(event);
                    openAnswers.onSubmitted(event);
                })
                .on(EventCatalog.RESPONSE_REVISED, event -> {
                    satisfaction.onRevised(event);
                    openAnswers.onRevised(event);
                })
                .on(EventCatalog.RESPONSE_ERASED, event -> {
                    openAnswers.onErased(event);
                    satisfaction.onErased(event);
                })
                .on(EventCatalog.CAMPAIGN_OPENED, facts::onCampaignOpened)
                .prepareBatch(prefetch::prepare)
                .build(),
                EventHandlers.builder().on(EventCatalog.INSTRUMENT_PUBLISHED, satisfaction::onInstrumentPublished).build());
    }

    public Subscription enrollment() {
        return enrollment;
    }

    public Subscription matching() {
        return matching;
    }

    public Subscription session() {
        return session;
    }

    public Subscription survey() {
        return survey;
    }

    public List<Subscription> all() {
        return List.of(enrollment, matching, session, survey);
    }
}
