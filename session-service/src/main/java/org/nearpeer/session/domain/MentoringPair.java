package org.nearpeer.session.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** A confirmed mentor–mentee pair of one cycle (from matching events); participants are pseudonymous ids. */
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
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PairOrigin origin;
    @Column(nullable = false)
    private String status;
    @Column(name = "dissolved_reason")
    private String dissolvedReason;
    @Column(name = "inactive_notified", nullable = false)
    private boolean inactiveNotified;

    protected MentoringPair() {
        // for JPA
    }

    public static MentoringPair confirmed(UUID id, String schoolId, UUID cycleId, String menteeId, String mentorId, PairOrigin origin, Instant at) {
        MentoringPair pair = new MentoringPair();
        pair.id = id;
        pair.schoolId = schoolId;
        pair.cycleId = cycleId;
        pair.menteeId = menteeId;
        pair.mentorId = mentorId;
        pair.origin = origin;
        pair.formedAt = at;
        pair.status = "ACTIVE";
        return pair;
    }

    public void dissolve(String reason) {
        status = "DISSOLVED";
        dissolvedReason = reason;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean isMember(String userId) {
        return mentorId.equals(userId) || menteeId.equals(userId);
    }

    public ParticipantRole roleOf(String userId) {
        return mentorId.equals(userId) ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
    }

    /** @return true the first time a quiet spell is noticed */
    public boolean noticeInactivity() {
        if (inactiveNotified) {
            return false;
        }
        inactiveNotified = true;
        return true;
    }

    public void metAgain() {
        inactiveNotified = false;
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

    public PairOrigin origin() {
        return origin;
    }

    public String status() {
        return status;
    }
}
