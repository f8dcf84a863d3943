package org.nearpeer.analytics.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.analytics.domain.ProgramRepository;
import org.nearpeer.analytics.domain.SatisfactionRepository;
import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationUpdated;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.survey.ResponseErased;
import org.nearpeer.events.survey.ResponseRevised;
import org.nearpeer.events.survey.ResponseSubmitted;

/**
 * Before a batch of events is applied, loads what its handlers look up per event — a response's
 * counted revision and tombstone, an application's participant — in one query per kind. A live
 * backlog or a rebuild then costs a few queries per batch instead of two or three per event.
 */
@ApplicationScoped
public class BatchPrefetch {

    private final SatisfactionRepository satisfaction;
    private final ProgramRepository facts;

    public BatchPrefetch(SatisfactionRepository satisfaction, ProgramRepository facts) {
        this.satisfaction = satisfaction;
        this.facts = facts;
    }

    /** For any topic's batch: the responses and applications it names, each kind in one query. */
    public void prepare(List<EventEnvelope<NearpeerEvent>> events) {
        List<UUID> responses = new ArrayList<>();
        List<UUID> applications = new ArrayList<>();
        for (EventEnvelope<NearpeerEvent> event : events) {
            switch (event.data()) {
                case ResponseSubmitted submitted -> responses.add(submitted.responseId());
                case ResponseRevised revised -> responses.add(revised.responseId());
                case ResponseErased erased -> responses.add(erased.responseId());
                case ApplicationSubmitted submitted -> applications.add(submitted.applicationId());
                case ApplicationUpdated updated -> applications.add(updated.applicationId());
                case ApplicationWithdrawn withdrawn -> applications.add(withdrawn.applicationId());
                default -> {
                }
            }
        }
        satisfaction.prefetch(responses);
        facts.prefetchParticipants(applications);
    }
}
