package org.nearpeer.enrollment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitApplicationRequest")
public record SubmitApplicationRequest(
        @NotNull @Valid ApplicationForm application,
        @Schema(description = "Must be true: taking part requires accepting the program rules") boolean acceptsProgramRules,
        @Valid @Schema(description = "Coordinators only: the student applied for") OnBehalfOf onBehalfOf) {

    @Schema(name = "OnBehalfOf", description = "The student a coordinator applies for")
    public record OnBehalfOf(
            @NotBlank @Size(max = 100) @Schema(description = "The student's account id (token subject)") String participantId,
            @Email @Size(max = 254) String email) {
    }
}
