package org.nearpeer.enrollment.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A participant's place in a training session, and whether they attended. */
@Entity
@Table(name = "training_registration")
@IdClass(TrainingRegistration.Key.class)
public class TrainingRegistration {

    public record Key(UUID sessionId, String participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "session_id")
    private UUID sessionId;
    @Id
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;
    @Column(nullable = false)
    private boolean attended;
    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    protected TrainingRegistration() {
        // for JPA
    }

    public static TrainingRegistration register(TrainingSession session, String participantId, Instant now) {
        TrainingRegistration registration = new TrainingRegistration();
        registration.sessionId = session.id();
        registration.participantId = participantId;
        registration.schoolId = session.schoolId();
        registration.registeredAt = now;
        return registration;
    }

    /** @return true the first time attendance is recorded (the completion is announced once) */
    public boolean markAttended(Instant now) {
        if (attended) {
            return false;
        }
        attended = true;
        attendanceRecordedAt = now;
        return true;
    }

    public String participantId() {
        return participantId;
    }

    public boolean attended() {
        return attended;
    }
}
