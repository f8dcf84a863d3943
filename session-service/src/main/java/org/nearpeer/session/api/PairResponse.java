package org.nearpeer.session.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.session.domain.MentoringPair;

@Schema(name = "Pair", description = "A confirmed mentor–mentee pair")
public record PairResponse(UUID id, UUID cycleId, @Schema(description = "Pseudonymous id of the mentor") String mentorId,
        @Schema(description = "Pseudonymous id of the mentee") String menteeId, PairOrigin origin,
        @Schema(example = "ACTIVE") String status, Instant formedAt) {

    static PairResponse of(MentoringPair pair) {
        return new PairResponse(pair.id(), pair.cycleId(), pair.mentorId(), pair.menteeId(), pair.origin(), pair.status(), pair.formedAt());
    }
}
