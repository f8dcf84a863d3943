package org.nearpeer.events.enrollment;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.nearpeer.events.NearpeerEvent;
import org.nearpeer.events.vocabulary.AvailabilitySlot;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.StudyProfile;

/**
 * An application was edited before the window closed; carries the whole new state.
 *
 * @param participantId pseudonymous id of the student (the identity provider's subject)
 * @param helpAreas     wanted (mentee) or offered (mentor)
 */
public record ApplicationUpdated(UUID applicationId, String participantId, ParticipantRole role, String yearLevel,
        String campus, Gender gender, Set<HelpArea> helpAreas, Set<ParticipationPurpose> purposes,
        Set<MeetingMethod> meetingMethods, List<AvailabilitySlot> availability, StudyProfile studyProfile,
        Gender preferredPartnerGender, boolean researchConsent) implements NearpeerEvent {
}
