package org.nearpeer.enrollment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.nearpeer.events.vocabulary.TrainingTrack;

/** One pre-education session (mentoring rules, communication and feedback skills) of a track. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    private UUID id;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingTrack track;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(nullable = false)
    private int minutes;
    @Column(nullable = false)
    private String place;
    @Column(nullable = false)
    private int capacity;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TrainingSession() {
        // for JPA
    }

    public static TrainingSession schedule(ProgramCycle cycle, TrainingTrack track, Instant startsAt, int minutes, String place,
            int capacity, Instant now) {
        TrainingSession session = new TrainingSession();
        session.id = UUID.randomUUID();
        session.schoolId = cycle.schoolId();
        session.cycleId = cycle.id();
        session.track = track;
        session.startsAt = startsAt;
        session.minutes = minutes;
        session.place = place;
        session.capacity = capacity;
        session.createdAt = now;
        return session;
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

    public TrainingTrack track() {
        return track;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public int minutes() {
        return minutes;
    }

    public String place() {
        return place;
    }

    public int capacity() {
        return capacity;
    }
}
