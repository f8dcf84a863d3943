package org.nearpeer.enrollment.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a coordinator gives to create a cycle; the school comes from the token. */
@Schema(name = "CreateCycleRequest", description = "A new program cycle for one semester (created as a draft)")
public record CreateCycleRequest(
        @NotBlank @Pattern(regexp = "\\d{4}-(spring|summer|fall|winter)", message = "must look like 2026-fall")
        @Schema(example = "2026-fall", pattern = "\\d{4}-(spring|summer|fall|winter)") String semester,
        @NotBlank @Size(max = 120) @Schema(example = "Near-peer mentoring, fall 2026", maxLength = 120) String title,
        @NotNull @Schema(example = "2026-08-24", description = "First day students may apply") LocalDate applicationOpensOn,
        @NotNull @Schema(example = "2026-09-11", description = "Last day students may apply") LocalDate applicationClosesOn) {
}
