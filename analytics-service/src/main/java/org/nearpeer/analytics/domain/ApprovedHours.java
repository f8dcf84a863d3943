package org.nearpeer.analytics.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A mentor's volunteer time for a cycle as last approved by a coordinator. */
@Entity
@Table(name = "approved_hours")
@IdClass(ApprovedHours.Key.class)
public class ApprovedHours {

    public record Key(UUID cycleId, String mentorId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Id
    @Column(name = "mentor_id")
    private String mentorId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(nullable = false)
    private int minutes;
    @Column(nullable = false)
    private int sessions;
    @Column(name = "approved_at", nullable = false)
    private java.time.Instant approvedAt = java.time.Instant.EPOCH;

    protected ApprovedHours() {
        // for JPA
    }

    public ApprovedHours(String schoolId, UUID cycleId, String mentorId) {
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.mentorId = mentorId;
    }

    /** A later approval replaces the earlier one (approvals carry the mentor's whole confirmed time). */
    public void approve(int approvedMinutes, int approvedSessions, java.time.Instant asOf) {
        if (asOf.isBefore(approvedAt)) {
            return; // an older approval replayed after a newer one
        }
        approvedAt = asOf;
        minutes = approvedMinutes;
        sessions = approvedSessions;
    }
}
