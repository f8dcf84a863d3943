package org.nearpeer.analytics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.nearpeer.events.vocabulary.Gender;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** One application to a cycle, reduced to what participation tables count. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "participant_id", nullable = false)
    private String participantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;
    @Column(name = "year_level", nullable = false)
    private String yearLevel;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(nullable = false)
    private boolean withdrawn;
    @Column(name = "described_at", nullable = false)
    private java.time.Instant describedAt = java.time.Instant.EPOCH;

    protected Participant() {
        // for JPA
    }

    public Participant(UUID applicationId, String schoolId, UUID cycleId, String participantId, ParticipantRole role, String yearLevel,
            Gender gender, java.time.Instant asOf) {
        this.applicationId = applicationId;
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        describe(participantId, role, yearLevel, gender, asOf);
    }

    /** The application's current state (submitted or updated); a withdrawal (no year level) keeps year and gender. */
    public void describe(String participantId, ParticipantRole role, String yearLevel, Gender gender, java.time.Instant asOf) {
        if (yearLevel != null && asOf.isBefore(describedAt)) {
            return; // an older state arriving after a newer one (a replay beside live consumption)
        }
        if (yearLevel != null) {
            describedAt = asOf;
        }
        this.participantId = participantId;
        this.role = role;
        if (yearLevel != null) {
            this.yearLevel = yearLevel;
            this.gender = gender;
        }
    }

    public void withdraw() {
        withdrawn = true;
    }

    public java.util.UUID applicationId() {
        return applicationId;
    }
}
