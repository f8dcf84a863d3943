package org.nearpeer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationUpdated;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.enrollment.ConsentGiven;
import org.nearpeer.events.enrollment.ConsentWithdrawn;
import org.nearpeer.events.vocabulary.ConsentKind;
import org.nearpeer.survey.domain.CampaignRepository;
import org.nearpeer.survey.domain.SurveyEvents;
import org.nearpeer.survey.domain.SurveyParticipant;
import org.nearpeer.survey.domain.SurveyParticipantRepository;

/**
 * Keeps survey's participants from enrollment events (each handler runs in the consumer's dedupe
 * transaction). Withdrawn research consent erases the participant's responses from research
 * data: a ResponseErased per response, in the same transaction.
 */
@ApplicationScoped
public class SurveyParticipants {

    static final String ERASED_FOR_CONSENT = "research consent withdrawn";

    private final SurveyParticipantRepository participants;
    private final CampaignRepository campaigns;
    private final SurveyEvents events;

    public SurveyParticipants(SurveyParticipantRepository participants, CampaignRepository campaigns, SurveyEvents events) {
        this.participants = participants;
        this.campaigns = campaigns;
        this.events = events;
    }

    public void onSubmitted(EventEnvelope<ApplicationSubmitted> event) {
        var data = event.data();
        applied(event, data.participantId(), data.role(), data.yearLevel(), data.researchConsent());
    }

    public void onUpdated(EventEnvelope<ApplicationUpdated> event) {
        var data = event.data();
        applied(event, data.participantId(), data.role(), data.yearLevel(), data.researchConsent());
    }

    public void onWithdrawn(EventEnvelope<ApplicationWithdrawn> event) {
        participants.find(event.cycleId(), event.data().participantId()).ifPresent(SurveyParticipant::withdrew);
    }

    public void onConsentGiven(EventEnvelope<ConsentGiven> event) {
        if (event.data().kind() == ConsentKind.RESEARCH_USE) {
            participants.find(event.cycleId(), event.data().participantId()).ifPresent(p -> p.researchConsent(true));
        }
    }

    public void onConsentWithdrawn(EventEnvelope<ConsentWithdrawn> event) {
        if (event.data().kind() != ConsentKind.RESEARCH_USE) {
            return;
        }
        participants.find(event.cycleId(), event.data().participantId()).ifPresent(p -> p.researchConsent(false));
        for (var response : campaigns.responsesInCycle(event.cycleId(), event.data().participantId())) {
            events.responseErased(campaigns.findById(response.campaignId()), response, ERASED_FOR_CONSENT);
        }
    }

    private void applied(EventEnvelope<?> event, String participantId, org.nearpeer.events.vocabulary.ParticipantRole role,
            String yearLevel, boolean consent) {
        participants.find(event.cycleId(), participantId).ifPresentOrElse(p -> p.applied(role, yearLevel, consent),
                () -> participants.persist(SurveyParticipant.applied(event.cycleId(), participantId, event.schoolId(), role, yearLevel, consent)));
    }
}
