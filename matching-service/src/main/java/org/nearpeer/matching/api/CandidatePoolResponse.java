package org.nearpeer.matching.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.matching.domain.CandidatePool;

@Schema(name = "CandidatePool", description = "Who can be matched in a cycle")
public record CandidatePoolResponse(
        @Schema(example = "0b6f3a4e-8d2c-4c1e-9a57-3f0e2b7d9c11") UUID cycleId,
        @Schema(example = "north-valley") String schoolId,
        @Schema(example = "2026-fall") String semester,
        @Schema(example = "12") int mentees,
        @Schema(example = "10") int mentors) {

    static CandidatePoolResponse of(CandidatePool pool) {
        return new CandidatePoolResponse(pool.cycleId(), pool.schoolId(), pool.semester(), pool.mentees(), pool.mentors());
    }
}
