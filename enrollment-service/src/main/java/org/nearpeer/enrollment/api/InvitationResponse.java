package org.nearpeer.enrollment.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.enrollment.domain.CoordinatorInvitation;
import org.nearpeer.enrollment.domain.InvitationStatus;

@Schema(name = "CoordinatorInvitation", description = "An invitation; PROVISIONED once the account exists in Keycloak")
public record InvitationResponse(UUID id, @Schema(example = "north-valley") String schoolId,
        @Schema(example = "nora.kim@north-valley.example.org") String email, String firstName, String lastName,
        InvitationStatus status, @Schema(description = "Why provisioning failed, when it did") String failureReason,
        Instant invitedAt, Instant provisionedAt) {

    static InvitationResponse of(CoordinatorInvitation invitation) {
        return new InvitationResponse(invitation.id(), invitation.schoolId(), invitation.email(), invitation.firstName(),
                invitation.lastName(), invitation.status(), invitation.failureReason(), invitation.invitedAt(), invitation.provisionedAt());
    }
}
