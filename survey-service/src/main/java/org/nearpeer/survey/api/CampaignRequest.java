package org.nearpeer.survey.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignRequest", description = "An evaluation campaign for a cycle")
public record CampaignRequest(@NotNull @Schema(description = "A published instrument version") UUID instrumentId,
        @NotNull @Future @Schema(example = "2026-12-31T14:59:59Z") Instant closesAt) {
}
