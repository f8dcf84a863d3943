package org.nearpeer.enrollment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.enrollment.domain.CycleRules;
import org.nearpeer.enrollment.domain.CycleSchedule;
import org.nearpeer.enrollment.domain.ProgramCycle;
import org.nearpeer.events.vocabulary.CycleStage;

@Schema(name = "Cycle", description = "A school's mentoring program for one semester")
public record CycleResponse(
        @Schema(example = "0b6f3a4e-8d2c-4c1e-9a57-3f0e2b7d9c11") UUID id,
        @Schema(example = "north-valley") String schoolId,
        @Schema(example = "2026-fall") String semester,
        @Schema(example = "Near-peer mentoring, fall 2026") String title,
        @Schema(example = "2026-08-24") LocalDate applicationOpensOn,
        @Schema(example = "2026-09-11") LocalDate applicationClosesOn,
        CycleStage status,
        CycleSchedule schedule,
        CycleRules rules,
        Instant createdAt) {

    static CycleResponse of(ProgramCycle cycle) {
        return new CycleResponse(cycle.id(), cycle.schoolId(), cycle.semester(), cycle.title(), cycle.applicationOpensOn(),
                cycle.applicationClosesOn(), cycle.status(), cycle.schedule(), cycle.rules(), cycle.createdAt());
    }
}
