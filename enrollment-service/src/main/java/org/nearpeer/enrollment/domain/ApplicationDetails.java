package org.nearpeer.enrollment.domain;

import java.util.List;
import java.util.Set;

import org.nearpeer.events.vocabulary.AvailabilitySlot;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.StudyApproach;
import org.nearpeer.events.vocabulary.StudyRhythm;

/** What a student states when applying; editable until the window closes. */
public record ApplicationDetails(ParticipantRole role, String yearLevel, String campus, Gender gender, Set<HelpArea> helpAreas,
        Set<ParticipationPurpose> purposes, String purposeOther, Set<MeetingMethod> meetingMethods, List<AvailabilitySlot> availability,
        StudyRhythm studyRhythm, StudyApproach studyApproach, String selfDescription, Gender preferredPartnerGender, String partnerEmail,
        boolean researchConsent) {
}
