package org.nearpeer.matching.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One matching run of a cycle, kept for audit with the report a coordinator reads. */
@Entity
@Table(name = "match_run")
public class MatchRun {

    /** A proposal with its per-criterion score breakdown. */
    public record Proposal(UUID pairId, String menteeId, String mentorId, int score, Map<String, Integer> breakdown) {
    }

    /** Someone the run left out, and why. */
    public record Unmatched(String participantId, String role, String reason) {
    }

    /**
     * @param lockedPairs confirmed pairs (self-chosen, approved, manual) the run left untouched
     */
    public record Report(int candidatesMentees, int candidatesMentors, int lockedPairs, List<Proposal> proposals, List<Unmatched> unmatched,
            long totalScore, double solveMillis) {
    }

    @Id
    private UUID id;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Report report;

    protected MatchRun() {
        // for JPA
    }

    public MatchRun(UUID id, String schoolId, UUID cycleId, boolean dryRun, Instant createdAt, String createdBy, Report report) {
        this.id = id;
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.dryRun = dryRun;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.report = report;
    }

    public UUID id() {
        return id;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public String schoolId() {
        return schoolId;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Report report() {
        return report;
    }
}
