package org.nearpeer.matching.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The students of one cycle who can be matched; filled from enrollment events. */
@Entity
@Table(name = "candidate_pool")
public class CandidatePool {

    @Id
    @Column(name = "cycle_id")
    private UUID cycleId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;

    @Column(nullable = false)
    private String semester;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false)
    private int mentees;

    @Column(nullable = false)
    private int mentors;

    protected CandidatePool() {
        // for JPA
    }

    /** An empty pool for a newly created cycle. */
    public static CandidatePool forNewCycle(UUID cycleId, String schoolId, String semester, Instant createdAt) {
        CandidatePool pool = new CandidatePool();
        pool.cycleId = cycleId;
        pool.schoolId = schoolId;
        pool.semester = semester;
        pool.openedAt = createdAt;
        return pool;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public String schoolId() {
        return schoolId;
    }

    public String semester() {
        return semester;
    }

    public int mentees() {
        return mentees;
    }

    public int mentors() {
        return mentors;
    }
}
