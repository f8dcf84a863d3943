package org.nearpeer.survey.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.survey.Answer;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.survey.domain.SurveyResponse;

@Schema(name = "SurveyResponse", description = "The caller's answers; each edit before closing is a new revision")
public record ResponseView(UUID id, UUID campaignId, ParticipantRole role, int revision, List<Answer> answers, Instant submittedAt,
        Instant updatedAt) {

    static ResponseView of(SurveyResponse r) {
        return new ResponseView(r.id(), r.campaignId(), r.role(), r.revision(), r.answers(), r.submittedAt(), r.updatedAt());
    }
}
