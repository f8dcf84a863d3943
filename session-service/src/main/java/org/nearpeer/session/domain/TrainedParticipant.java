package org.nearpeer.session.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A participant who completed pre-education in a cycle. */
@Entity
@Table(name = "trained_participant")
@IdClass(TrainedParticipant.Key.class)
public class TrainedParticipant {

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

    protected TrainedParticipant() {
        // for JPA
    }

    public TrainedParticipant(UUID cycleId, String participantId, String schoolId) {
        this.cycleId = cycleId;
        this.participantId = participantId;
        this.schoolId = schoolId;
    }
}
