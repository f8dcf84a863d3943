package org.nearpeer.matching.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.http.problem.ConflictException;

/** A pair: proposed by a run, then confirmed (or set by hand, or chosen by the students), possibly dissolved. */
@Entity
@Table(name = "match_pair")
public class MatchPair {

    public enum Status {
        PROPOSED, CONFIRMED, DISSOLVED, REJECTED
    }

    @Id
    private UUID id;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "run_id")
    private UUID runId;
    @Column(name = "mentee_id", nullable = false, updatable = false)
    private String menteeId;
    @Column(name = "mentor_id", nullable = false, updatable = false)
    private String mentorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PairOrigin origin;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private Integer score;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Integer> breakdown;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> warnings;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String reason;

    protected MatchPair() {
        // for JPA
    }

    public static MatchPair create(String schoolId, UUID cycleId, UUID runId, String menteeId, String mentorId, PairOrigin origin,
            Status status, Map<String, Integer> breakdown, List<String> warnings, Instant now) {
        MatchPair pair = new MatchPair();
        pair.id = UUID.randomUUID();
        pair.schoolId = schoolId;
        pair.cycleId = cycleId;
        pair.runId = runId;
        pair.menteeId = menteeId;
        pair.mentorId = mentorId;
        pair.origin = origin;
        pair.status = status;
        pair.breakdown = Map.copyOf(breakdown);
        pair.score = breakdown.isEmpty() ? null : CompatibilityScore.total(breakdown);
        pair.warnings = List.copyOf(warnings);
        pair.createdAt = now;
        if (status == Status.CONFIRMED) {
            pair.decidedAt = now;
        }
        return pair;
    }

    public void confirm(Instant now) {
        if (status != Status.PROPOSED) {
            throw new ConflictException("pair-not-proposed", "This pair is " + status + "; only proposals can be approved.");
        }
        status = Status.CONFIRMED;
        decidedAt = now;
    }

    public void dissolve(String why, Instant now) {
        if (status != Status.CONFIRMED && status != Status.PROPOSED) {
            throw new ConflictException("pair-not-active", "This pair is already " + status + ".");
        }
        status = status == Status.PROPOSED ? Status.REJECTED : Status.DISSOLVED;
        reason = why;
        decidedAt = now;
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

    public UUID runId() {
        return runId;
    }

    public String menteeId() {
        return menteeId;
    }

    public String mentorId() {
        return mentorId;
    }

    public PairOrigin origin() {
        return origin;
    }

    public Status status() {
        return status;
    }

    public Integer score() {
        return score;
    }

    public Map<String, Integer> breakdown() {
        return breakdown;
    }

    public List<String> warnings() {
        return warnings;
    }

    public String reason() {
        return reason;
    }
}
