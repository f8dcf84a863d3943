package org.nearpeer.survey.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.backbone.outbox.OutboxWriter;
import org.nearpeer.events.survey.CampaignClosed;
import org.nearpeer.events.survey.CampaignOpened;
import org.nearpeer.events.survey.InstrumentPublished;
import org.nearpeer.events.survey.RespondentsReminded;
import org.nearpeer.events.survey.ResponseErased;
import org.nearpeer.events.survey.ResponseRevised;
import org.nearpeer.events.survey.ResponseSubmitted;
import org.nearpeer.survey.domain.Campaign;
import org.nearpeer.survey.domain.Instrument;
import org.nearpeer.survey.domain.SurveyEvents;
import org.nearpeer.survey.domain.SurveyResponse;

/** Writes survey facts to the outbox, in the caller's transaction. */
@ApplicationScoped
class OutboxSurveyEvents implements SurveyEvents {

    private final OutboxWriter outbox;

    OutboxSurveyEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void instrumentPublished(Instrument instrument) {
        outbox.append(instrument.schoolId(), null, "instrument", instrument.id(),
                new InstrumentPublished(instrument.id(), instrument.name(), instrument.version(), instrument.items()));
    }

    @Override
    public void campaignOpened(Campaign campaign, long invitedMentees, long invitedMentors) {
        outbox.append(campaign.schoolId(), campaign.cycleId(), "campaign", campaign.id(),
                new CampaignOpened(campaign.id(), campaign.instrumentId(), campaign.closesAt(), (int) invitedMentees, (int) invitedMentors));
    }

    @Override
    public void campaignClosed(Campaign campaign, long invitedMentees, long invitedMentors, long respondedMentees, long respondedMentors) {
        outbox.append(campaign.schoolId(), campaign.cycleId(), "campaign", campaign.id(), new CampaignClosed(campaign.id(),
                (int) invitedMentees, (int) invitedMentors, (int) respondedMentees, (int) respondedMentors));
    }

    @Override
    public void responseRecorded(Campaign campaign, SurveyResponse r) {
        outbox.append(r.schoolId(), campaign.cycleId(), "response", r.id(), r.revision() == 1
                ? new ResponseSubmitted(r.id(), campaign.id(), campaign.instrumentId(), r.participantId(), r.role(), r.yearLevel(), 1, r.answers())
                : new ResponseRevised(r.id(), campaign.id(), campaign.instrumentId(), r.participantId(), r.role(), r.yearLevel(), r.revision(),
                        r.answers()));
    }

    @Override
    public void responseErased(Campaign campaign, SurveyResponse r, String reason) {
        outbox.append(r.schoolId(), campaign.cycleId(), "response", r.id(), new ResponseErased(r.id(), campaign.id(), r.participantId(), reason));
    }

    @Override
    public void respondentsReminded(Campaign campaign, List<String> participantIds) {
        outbox.append(campaign.schoolId(), campaign.cycleId(), "campaign", campaign.id(), new RespondentsReminded(campaign.id(), participantIds));
    }
}
