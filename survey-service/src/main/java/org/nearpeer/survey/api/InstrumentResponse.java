package org.nearpeer.survey.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.survey.domain.Instrument;
import org.nearpeer.survey.domain.InstrumentStatus;

@Schema(name = "Instrument", description = "One version of a school's evaluation questionnaire")
public record InstrumentResponse(UUID id, @Schema(example = "Program evaluation") String name, @Schema(example = "1") int version,
        InstrumentStatus status, Instant publishedAt) {

    static InstrumentResponse of(Instrument instrument) {
        return new InstrumentResponse(instrument.id(), instrument.name(), instrument.version(), instrument.status(), instrument.publishedAt());
    }
}
