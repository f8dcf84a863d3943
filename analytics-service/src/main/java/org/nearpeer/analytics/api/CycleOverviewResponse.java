package org.nearpeer.analytics.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.analytics.domain.CycleOverview;

@Schema(name = "CycleOverview", description = "What analytics knows about a program cycle")
public record CycleOverviewResponse(
        @Schema(example = "0b6f3a4e-8d2c-4c1e-9a57-3f0e2b7d9c11") UUID cycleId,
        @Schema(example = "north-valley") String schoolId,
        @Schema(example = "2026-fall") String semester,
        @Schema(example = "Near-peer mentoring, fall 2026") String title,
        LocalDate applicationOpensOn,
        LocalDate applicationClosesOn,
        Instant createdAt) {

    static CycleOverviewResponse of(CycleOverview overview) {
        return new CycleOverviewResponse(overview.cycleId(), overview.schoolId(), overview.semester(), overview.title(),
                overview.applicationOpensOn(), overview.applicationClosesOn(), overview.createdAt());
    }
}
