package org.nearpeer.survey.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.survey.application.CampaignService;
import org.nearpeer.survey.domain.CampaignStatus;

@Schema(name = "Campaign", description = "A cycle's evaluation survey with its live response rate")
public record CampaignResponse(UUID id, UUID cycleId, UUID instrumentId, CampaignStatus status, Instant openedAt, Instant closesAt,
        @Schema(description = "e.g. 10 of 36 mentees") CampaignService.RoleRate mentees, CampaignService.RoleRate mentors,
        @Schema(description = "e.g. 19 of 67, rate 0.284") CampaignService.RoleRate overall) {

    static CampaignResponse of(CampaignService.CampaignView view) {
        var c = view.campaign();
        return new CampaignResponse(c.id(), c.cycleId(), c.instrumentId(), c.status(), c.openedAt(), c.closesAt(), view.mentees(),
                view.mentors(), view.overall());
    }
}
