package org.nearpeer.survey.api;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.survey.ItemDefinition;

@Schema(name = "InstrumentRequest", description = "A draft instrument; without items it starts from the built-in program evaluation")
public record InstrumentRequest(
        @Size(max = 120) @Schema(example = "Near-peer mentoring program evaluation") String name,
        @Size(max = 500) String description,
        @Size(max = 200) @Schema(description = "Item definitions; omit to copy the built-in questionnaire") List<ItemDefinition> items) {
}
