package org.nearpeer.enrollment.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.enrollment.domain.Application;
import org.nearpeer.enrollment.domain.ApplicationStatus;
import org.nearpeer.enrollment.domain.PartnerStatus;

@Schema(name = "Application", description = "A student's application to a cycle")
public record ApplicationResponse(UUID id, UUID cycleId, @Schema(description = "Pseudonymous student id") String participantId,
        ApplicationForm application, PartnerStatus partnerStatus, UUID partnerApplicationId, ApplicationStatus status,
        Instant submittedAt, Instant updatedAt) {

    static ApplicationResponse of(Application a) {
        var d = a.details();
        return new ApplicationResponse(a.id(), a.cycleId(), a.participantId(), new ApplicationForm(d.role(), d.yearLevel(), d.campus(),
                d.gender(), d.helpAreas(), d.purposes(), d.purposeOther(), d.meetingMethods(), d.availability(), d.studyRhythm(),
                d.studyApproach(), d.selfDescription(), d.preferredPartnerGender(), d.partnerEmail(), d.researchConsent()),
                a.partnerStatus(), a.partnerApplicationId(), a.status(), a.submittedAt(), a.updatedAt());
    }
}
