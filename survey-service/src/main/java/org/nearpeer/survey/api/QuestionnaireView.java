package org.nearpeer.survey.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.survey.application.CampaignService;

@Schema(name = "Questionnaire", description = "The items the caller answers, in their role's wording")
public record QuestionnaireView(UUID campaignId, String instrument, int version, ParticipantRole role, Instant closesAt,
        List<ItemDefinition> items) {

    static QuestionnaireView of(CampaignService.Questionnaire q) {
        return new QuestionnaireView(q.campaign().id(), q.instrument().name(), q.instrument().version(), q.role(), q.campaign().closesAt(),
                q.items());
    }
}
