package org.nearpeer.enrollment.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.vocabulary.AvailabilitySlot;
import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.HelpArea;
import org.nearpeer.events.vocabulary.MeetingMethod;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.ParticipationPurpose;
import org.nearpeer.events.vocabulary.StudyApproach;
import org.nearpeer.events.vocabulary.StudyProfile;
import org.nearpeer.events.vocabulary.StudyRhythm;
import org.nearpeer.http.problem.ConflictException;

/** A student's voluntary application to one cycle, as mentee or mentor. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    private UUID id;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "participant_id", nullable = false, updatable = false)
    private String participantId;
    @Column(name = "participant_email")
    private String participantEmail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;
    @Column(name = "year_level", nullable = false)
    private String yearLevel;
    @Column(nullable = false)
    private String campus;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "help_areas", nullable = false)
    private Set<HelpArea> helpAreas;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Set<ParticipationPurpose> purposes;
    @Column(name = "purpose_other")
    private String purposeOther;
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
    @Column(name = "self_description")
    private String selfDescription;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_partner_gender")
    private Gender preferredPartnerGender;
    @Column(name = "partner_email")
    private String partnerEmail;
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_status")
    private PartnerStatus partnerStatus;
    @Column(name = "partner_application_id")
    private UUID partnerApplicationId;
    @Column(name = "research_consent", nullable = false)
    private boolean researchConsent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;
    @Version
    private long version;

    protected Application() {
        // for JPA
    }

    public static Application submit(ProgramCycle cycle, String participantId, String participantEmail, ApplicationDetails details,
            String submittedBy, Instant now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.schoolId = cycle.schoolId();
        application.cycleId = cycle.id();
        application.participantId = participantId;
        application.participantEmail = participantEmail == null ? null : participantEmail.strip().toLowerCase(Locale.ROOT);
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = now;
        application.submittedBy = submittedBy;
        application.apply(details, now);
        return application;
    }

    /** Replaces what the student stated; a changed partner request starts over. */
    public void update(ApplicationDetails details, Instant now) {
        requireOpen();
        String previousPartner = partnerEmail;
        apply(details, now);
        if (partnerEmail == null || !partnerEmail.equals(previousPartner)) {
            partnerApplicationId = null;
            partnerStatus = partnerEmail == null ? null : PartnerStatus.REQUESTED;
        }
    }

    public void withdraw(Instant now) {
        requireOpen();
        status = ApplicationStatus.WITHDRAWN;
        updatedAt = now;
    }

    /** @return true when the consent changed */
    public boolean setResearchConsent(boolean given, Instant now) {
        requireOpen();
        if (researchConsent == given) {
            return false;
        }
        researchConsent = given;
        updatedAt = now;
        return true;
    }

    /** Both students named each other and passed the rules. */
    public void confirmPartner(Application partner) {
        partnerApplicationId = partner.id;
        partnerStatus = PartnerStatus.CONFIRMED;
    }

    /** Does this application name the other one's student as partner? */
    public boolean names(Application other) {
        return partnerEmail != null && other.participantEmail != null && partnerEmail.equals(other.participantEmail);
    }

    private void requireOpen() {
        if (status == ApplicationStatus.WITHDRAWN) {
            throw new ConflictException("application-withdrawn", "This application was withdrawn.");
        }
    }

    private void apply(ApplicationDetails details, Instant now) {
        role = details.role();
        yearLevel = details.yearLevel();
        campus = details.campus();
        gender = details.gender();
        helpAreas = enumSet(details.helpAreas(), HelpArea.class);
        purposes = enumSet(details.purposes(), ParticipationPurpose.class);
        purposeOther = details.purposeOther();
        meetingMethods = enumSet(details.meetingMethods(), MeetingMethod.class);
        availability = details.availability() == null ? List.of() : List.copyOf(details.availability());
        studyRhythm = details.studyRhythm();
        studyApproach = details.studyApproach();
        selfDescription = details.selfDescription();
        preferredPartnerGender = details.preferredPartnerGender();
        partnerEmail = details.partnerEmail() == null || details.partnerEmail().isBlank() ? null
                : details.partnerEmail().strip().toLowerCase(Locale.ROOT);
        if (partnerEmail != null && partnerStatus == null) {
            partnerStatus = PartnerStatus.REQUESTED;
        }
        researchConsent = details.researchConsent();
        updatedAt = now;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    public ApplicationDetails details() {
        return new ApplicationDetails(role, yearLevel, campus, gender, helpAreas, purposes, purposeOther, meetingMethods, availability,
                studyRhythm, studyApproach, selfDescription, preferredPartnerGender, partnerEmail, researchConsent);
    }

    public StudyProfile studyProfile() {
        return studyRhythm == null && studyApproach == null ? null : new StudyProfile(studyRhythm, studyApproach);
    }

    public UUID id() {
        return id;
    }

    public String schoolId() {
        return schoolId;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public String participantId() {
        return participantId;
    }

    public String participantEmail() {
        return participantEmail;
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

    public ApplicationStatus status() {
        return status;
    }

    public PartnerStatus partnerStatus() {
        return partnerStatus;
    }

    public UUID partnerApplicationId() {
        return partnerApplicationId;
    }

    public boolean researchConsent() {
        return researchConsent;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
