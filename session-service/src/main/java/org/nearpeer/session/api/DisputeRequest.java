package org.nearpeer.session.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisputeRequest")
public record DisputeRequest(@NotBlank @Size(max = 500) @Schema(example = "We did not meet that day.") String reason) {
}
