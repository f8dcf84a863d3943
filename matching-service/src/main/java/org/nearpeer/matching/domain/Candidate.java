package org.nearpeer.matching.domain;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.vocabulary.AvailabilitySlot;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.StudyApproach;
import org.nearpeer.events.vocabulary.StudyRhythm;

/** An applicant of a cycle as matching knows them (from enrollment events; pseudonymous). */
@Entity
@Table(name = "candidate")
@IdClass(Candidate.Key.class)
public class Candidate {

    public record Key(UUID cycleId, String participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /** What matching needs of an application. */
    public record Profile(ParticipantRole role, String yearLevel, String campus, Gender gender, Gender preferredPartnerGender,
            Set<HelpArea> helpAreas, Set<MeetingMethod> meetingMethods, List<AvailabilitySlot> availability, StudyRhythm studyRhythm,
            StudyApproach studyApproach) {
    }

    @Id
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Id
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;
    @Column(name = "year_level", nullable = false)
    private String yearLevel;
    @Column(nullable = false)
    private String campus;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_partner_gender")
    private Gender preferredPartnerGender;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "help_areas", nullable = false)
    private Set<HelpArea> helpAreas;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "meeting_methods", nullable = false)
    private Set<MeetingMethod> meetingMethods;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<AvailabilitySlot> availability;
    @Enumerated(EnumType.STRING)
    @Column(name = "study_rhythm")
    private StudyRhythm studyRhythm;
    @Enumerated(EnumType.STRING)
    @Column(name = "study_approach")
    private StudyApproach studyApproach;
    @Column(nullable = false)
    private boolean withdrawn;

    protected Candidate() {
        // for JPA
    }

    public static Candidate applied(UUID cycleId, String participantId, String schoolId, Profile profile) {
        Candidate candidate = new Candidate();
        candidate.cycleId = cycleId;
        candidate.participantId = participantId;
        candidate.schoolId = schoolId;
        candidate.update(profile);
        return candidate;
    }

    public void update(Profile profile) {
        role = profile.role();
        yearLevel = profile.yearLevel();
        campus = profile.campus();
        gender = profile.gender();
        preferredPartnerGender = profile.preferredPartnerGender();
        helpAreas = profile.helpAreas() == null || profile.helpAreas().isEmpty() ? EnumSet.noneOf(HelpArea.class) : EnumSet.copyOf(profile.helpAreas());
        meetingMethods = profile.meetingMethods() == null || profile.meetingMethods().isEmpty() ? EnumSet.noneOf(MeetingMethod.class)
                : EnumSet.copyOf(profile.meetingMethods());
        availability = profile.availability() == null ? List.of() : List.copyOf(profile.availability());
        studyRhythm = profile.studyRhythm();
        studyApproach = profile.studyApproach();
        withdrawn = false;
    }

    /** @return whether the candidate was active until now */
    public boolean withdraw() {
        boolean wasActive = !withdrawn;
        withdrawn = true;
        return wasActive;
    }

    public String participantId() {
        return participantId;
    }

    public ParticipantRole role() {
        return role;
    }

    public String yearLevel() {
        return yearLevel;
    }

    public String campus() {
        return campus;
    }

    public Gender gender() {
        return gender;
    }

    public Gender preferredPartnerGender() {
        return preferredPartnerGender;
    }

    public Set<HelpArea> helpAreas() {
        return helpAreas;
    }

    public Set<MeetingMethod> meetingMethods() {
        return meetingMethods;
    }

    public List<AvailabilitySlot> availability() {
        return availability;
    }

    public StudyRhythm studyRhythm() {
        return studyRhythm;
    }

    public StudyApproach studyApproach() {
        return studyApproach;
    }

    public boolean withdrawn() {
        return withdrawn;
    }
}
