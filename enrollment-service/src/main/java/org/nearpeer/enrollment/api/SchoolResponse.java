package org.nearpeer.enrollment.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.enrollment.domain.School;

@Schema(name = "School", description = "A school (tenant) and its settings")
public record SchoolResponse(
        @Schema(example = "north-valley") String id,
        @Schema(example = "North Valley College of Medicine") String name,
        List<String> campuses,
        List<String> yearLevels,
        @Schema(example = "en") String locale,
        @Schema(example = "Asia/Seoul") String timeZone,
        @Schema(example = "10") int suppressionThreshold,
        Instant createdAt) {

    static SchoolResponse of(School school) {
        return new SchoolResponse(school.id(), school.name(), school.campuses(), school.yearLevels(), school.locale(),
                school.timeZone(), school.suppressionThreshold(), school.createdAt());
    }
}
