package org.nearpeer.enrollment.api;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.events.vocabulary.TrainingTrack;

@Schema(name = "TrainingSessionRequest", description = "A pre-education session: mentoring rules, communication and feedback skills")
public record TrainingSessionRequest(
        @NotNull @Schema(example = "MENTOR") TrainingTrack track,
        @NotNull @Schema(example = "2026-09-16T09:00:00Z") Instant startsAt,
        @Min(15) @Max(600) @Schema(example = "120", description = "Length in minutes; default 120 (the program's two hours)") Integer minutes,
        @NotBlank @Size(max = 200) @Schema(example = "Lecture room 3, medical campus") String place,
        @NotNull @Min(1) @Max(1000) @Schema(example = "30") Integer capacity) {
}
