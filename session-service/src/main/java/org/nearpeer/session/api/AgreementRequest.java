package org.nearpeer.session.api;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingFrequency;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;
import org.nearpeer.session.domain.Agreement;

@Schema(name = "AgreementRequest", description = "What help the mentee wants and how the pair will meet")
public record AgreementRequest(
        @NotEmpty @Schema(example = "[\"EXAM_REVIEW\", \"STUDY_METHODS_AND_PLANNING\"]") Set<@NotNull HelpArea> helpAreas,
        @NotNull @Schema(example = "WEEKLY") MeetingFrequency frequency,
        @NotEmpty @Schema(example = "[\"FACE_TO_FACE\", \"TEXT_MESSENGER\"]") Set<@NotNull SessionMethod> methods,
        @NotEmpty @Schema(example = "[\"DORM_STUDY_ROOM\", \"LIBRARY\"]") Set<@NotNull SessionLocation> usualPlaces,
        @Schema(description = "Must be true: both work under the program's ground rules") boolean groundRulesAcknowledged) {

    Agreement.Terms terms() {
        return new Agreement.Terms(helpAreas, frequency, methods, usualPlaces, groundRulesAcknowledged);
    }
}
