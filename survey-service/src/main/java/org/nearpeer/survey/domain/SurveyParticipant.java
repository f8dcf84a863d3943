package org.nearpeer.survey.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.nearpeer.events.vocabulary.ParticipantRole;

/** A cycle's participant as survey knows them from enrollment events. */
@Entity
@Table(name = "survey_participant")
@IdClass(SurveyParticipant.Key.class)
public class SurveyParticipant {

    public record Key(UUID cycleId, String participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
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
    @Column(name = "research_consent", nullable = false)
    private boolean researchConsent;
    @Column(nullable = false)
    private boolean withdrawn;

    protected SurveyParticipant() {
        // for JPA
    }

    public static SurveyParticipant applied(UUID cycleId, String participantId, String schoolId, ParticipantRole role, String yearLevel,
            boolean researchConsent) {
        SurveyParticipant participant = new SurveyParticipant();
        participant.cycleId = cycleId;
        participant.participantId = participantId;
        participant.schoolId = schoolId;
        participant.applied(role, yearLevel, researchConsent);
        return participant;
    }

    public void applied(ParticipantRole newRole, String newYearLevel, boolean consent) {
        role = newRole;
        yearLevel = newYearLevel;
        researchConsent = consent;
        withdrawn = false;
    }

    public void withdrew() {
        withdrawn = true;
    }

    public void researchConsent(boolean given) {
        researchConsent = given;
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

    public boolean researchConsent() {
        return researchConsent;
    }

    public boolean withdrawn() {
        return withdrawn;
    }
}
