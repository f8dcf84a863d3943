package org.nearpeer.survey.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.survey.domain.Instrument;
import org.nearpeer.survey.domain.InstrumentStatus;

@Schema(name = "Instrument", description = "One version of a school's evaluation questionnaire")
public record InstrumentResponse(UUID id, @Schema(example = "Near-peer mentoring program evaluation") String name, String description,
        @Schema(example = "1") int version, InstrumentStatus status, Instant publishedAt, List<ItemDefinition> items) {

    static InstrumentResponse of(Instrument instrument) {
        return new InstrumentResponse(instrument.id(), instrument.name(), instrument.description(), instrument.version(),
                instrument.status(), instrument.publishedAt(), instrument.items());
    }
}
