package org.nearpeer.analytics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.nearpeer.events.vocabulary.PairOrigin;

/** A confirmed pair of a cycle (and whether it was dissolved later). */
@Entity
@Table(name = "pair_record")
public class PairRecord {

    @Id
    @Column(name = "pair_id")
    private UUID pairId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "mentor_id", nullable = false)
    private String mentorId;
    @Column(name = "mentee_id", nullable = false)
    private String menteeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PairOrigin origin;
    @Column(nullable = false)
    private boolean dissolved;

    protected PairRecord() {
        // for JPA
    }

    public PairRecord(UUID pairId, String schoolId, UUID cycleId, String mentorId, String menteeId, PairOrigin origin) {
        this.pairId = pairId;
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.mentorId = mentorId;
        this.menteeId = menteeId;
        this.origin = origin;
    }

    public void dissolve() {
        dissolved = true;
    }
}
