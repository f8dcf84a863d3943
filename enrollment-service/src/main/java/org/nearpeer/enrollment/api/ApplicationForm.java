package org.nearpeer.enrollment.api;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nearpeer.enrollment.domain.ApplicationDetails;
import org.nearpeer.events.vocabulary.AvailabilitySlot;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.StudyApproach;
import org.nearpeer.events.vocabulary.StudyRhythm;

@Schema(name = "ApplicationForm", description = "What a student states when applying as mentee or mentor")
public record ApplicationForm(
        @NotNull @Schema(example = "MENTEE") ParticipantRole role,
        @NotBlank @Size(max = 8) @Schema(example = "PY2", description = "One of the school's year levels") String yearLevel,
        @NotBlank @Size(max = 100) @Schema(example = "premedical campus") String campus,
        @Schema(example = "FEMALE", description = "Optional") Gender gender,
        @NotEmpty @Schema(example = "[\"EXAM_REVIEW\", \"TEST_TAKING_STRATEGY\"]", description = "Wanted (mentee) or offered (mentor)")
        Set<@NotNull HelpArea> helpAreas,
        @NotEmpty @Schema(example = "[\"ACADEMIC_HELP\"]") Set<@NotNull ParticipationPurpose> purposes,
        @Size(max = 300) @Schema(description = "Free text when purposes include OTHER") String purposeOther,
        @NotEmpty @Schema(example = "[\"FACE_TO_FACE\", \"TEXT\"]") Set<@NotNull MeetingMethod> meetingMethods,
        @Size(max = 21) @Schema(example = "[{\"day\":\"TUESDAY\",\"time\":\"EVENING\"}]") List<@NotNull AvailabilitySlot> availability,
        @Schema(example = "NIGHT_OWL") StudyRhythm studyRhythm,
        @Schema(example = "STEADY_PLANNER") StudyApproach studyApproach,
        @Size(max = 1000) @Schema(description = "Study style and tendencies, shown to the partner") String selfDescription,
        @Schema(description = "Optional preference") Gender preferredPartnerGender,
        @Email @Size(max = 254) @Schema(example = "minjun.lee@north-valley.example.org",
                description = "A self-chosen partner, by e-mail; confirmed when they name you too") String partnerEmail,
        @Schema(description = "Optional, separate from the program rules, withdrawable") boolean researchConsent) {

    ApplicationDetails details() {
        if (availability != null && availability.stream().anyMatch(slot -> slot.day() == null || slot.time() == null)) {
            throw new BadRequestException("Every availability slot needs a day and a time.");
        }
        return new ApplicationDetails(role, yearLevel.strip(), campus.strip(), gender, helpAreas, purposes, purposeOther, meetingMethods,
                availability, studyRhythm, studyApproach, selfDescription, preferredPartnerGender, partnerEmail, researchConsent);
    }
}
