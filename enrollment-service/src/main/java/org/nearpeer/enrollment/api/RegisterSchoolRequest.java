package org.nearpeer.enrollment.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterSchoolRequest", description = "A new school (tenant); omitted settings take the documented defaults")
public record RegisterSchoolRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "lower-case letters, digits and dashes, 2-63 characters")
        @Schema(example = "north-valley", description = "Stable id; becomes the school claim of its users") String id,
        @NotBlank @Size(max = 200) @Schema(example = "North Valley College of Medicine") String name,
        @NotEmpty @Size(max = 20) @Schema(example = "[\"premedical campus\", \"medical campus\"]")
        List<@NotBlank @Size(max = 100) String> campuses,
        @Size(max = 12) @Schema(example = "[\"PY1\", \"PY2\", \"Y1\", \"Y2\", \"Y3\", \"Y4\"]",
                description = "Year levels of the curriculum in order; default PY1, PY2, Y1–Y4")
        List<@NotNull @Pattern(regexp = "[A-Z0-9]{1,8}", message = "upper-case letters and digits, up to 8") String> yearLevels,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or ko-KR")
        @Schema(example = "en", description = "Default en") String locale,
        @Size(max = 64) @Schema(example = "Asia/Seoul", description = "IANA time zone; default UTC") String timeZone,
        @Min(1) @Max(1000) @Schema(example = "10", description = "Counts below it are suppressed in shared feeds; default 10")
        Integer suppressionThreshold) {
}
