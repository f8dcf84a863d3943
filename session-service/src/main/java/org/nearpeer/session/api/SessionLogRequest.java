package org.nearpeer.session.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;
import org.nearpeer.session.domain.MentoringSession;

@Schema(name = "SessionLogRequest", description = "A meeting that took place")
public record SessionLogRequest(
        @NotNull @Schema(example = "2026-10-06") LocalDate date,
        @NotNull @Schema(example = "19:30", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) LocalTime startTime,
        @NotNull @Min(value = 5, message = "a session lasts at least 5 minutes") @Max(value = 480, message = "a session lasts at most 8 hours")
        @Schema(example = "90") Integer durationMinutes,
        @NotNull @Schema(example = "FACE_TO_FACE") SessionMethod method,
        @NotNull @Schema(example = "DORM_STUDY_ROOM") SessionLocation location,
        @NotEmpty @Schema(example = "[\"EXAM_REVIEW_SESSION\"]") Set<@NotNull SessionActivity> activities,
        @Size(max = 2000) @Schema(description = "Visible to its author only; never published") String privateNote) {

    MentoringSession.Details details() {
        return new MentoringSession.Details(date, startTime, durationMinutes, method, location, activities, privateNote);
    }
}
