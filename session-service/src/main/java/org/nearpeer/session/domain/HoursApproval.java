package org.nearpeer.session.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A coordinator's approval of a mentor's confirmed volunteer time in a cycle (the figures at approval). */
@Entity
@Table(name = "hours_approval")
@IdClass(HoursApproval.Key.class)
public class HoursApproval {

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
    private Instant approvedAt;
    @Column(name = "approved_by", nullable = false)
    private String approvedBy;

    protected HoursApproval() {
        // for JPA
    }

    public HoursApproval(UUID cycleId, String mentorId, String schoolId, int minutes, int sessions, Instant approvedAt, String approvedBy) {
        this.cycleId = cycleId;
        this.mentorId = mentorId;
        this.schoolId = schoolId;
        this.minutes = minutes;
        this.sessions = sessions;
        this.approvedAt = approvedAt;
        this.approvedBy = approvedBy;
    }

    public void reapprove(int newMinutes, int newSessions, Instant now, String by) {
        minutes = newMinutes;
        sessions = newSessions;
        approvedAt = now;
        approvedBy = by;
    }

    public String mentorId() {
        return mentorId;
    }

    public int minutes() {
        return minutes;
    }

    public int sessions() {
        return sessions;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
