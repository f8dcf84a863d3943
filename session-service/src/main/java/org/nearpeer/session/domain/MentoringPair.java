package org.nearpeer.session.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A confirmed mentor–mentee pair of one cycle; participants are pseudonymous user ids. */
@Entity
@Table(name = "mentoring_pair")
public class MentoringPair {

    @Id
    private UUID id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;

    @Column(name = "mentor_id", nullable = false, updatable = false)
    private String mentorId;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    private String menteeId;

    @Column(name = "formed_at", nullable = false, updatable = false)
    private Instant formedAt;

    protected MentoringPair() {
        // for JPA
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

    public String mentorId() {
        return mentorId;
    }

    public String menteeId() {
        return menteeId;
    }

    public Instant formedAt() {
        return formedAt;
    }
}
