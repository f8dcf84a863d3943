package org.nearpeer.enrollment.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.vocabulary.CycleStage;

@Schema(name = "StageChange", description = "The stage to move the cycle to: always the next one")
public record StageChangeRequest(@NotNull @Schema(example = "OPEN") CycleStage stage) {
}
