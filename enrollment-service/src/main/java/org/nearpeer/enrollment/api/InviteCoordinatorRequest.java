package org.nearpeer.enrollment.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InviteCoordinatorRequest", description = "Who to make a coordinator of the school")
public record InviteCoordinatorRequest(
        @NotBlank @Email @Size(max = 254) @Schema(example = "nora.kim@north-valley.example.org") String email,
        @NotBlank @Size(max = 100) @Schema(example = "Nora") String firstName,
        @NotBlank @Size(max = 100) @Schema(example = "Kim") String lastName) {
}
