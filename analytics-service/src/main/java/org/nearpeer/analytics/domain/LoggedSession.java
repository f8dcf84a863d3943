package org.nearpeer.analytics.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;

/** A meeting a pair logged; disputed meetings stay but are left out of the implementation table. */
@Entity
@Table(name = "logged_session")
public class LoggedSession {

    public enum Status {
        LOGGED, CONFIRMED, DISPUTED
    }

    @Id
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "pair_id", nullable = false, updatable = false)
    private UUID pairId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private int minutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionMethod method;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionLocation location;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    @Column(nullable = false)
    private Set<SessionActivity> activities;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected LoggedSession() {
        // for JPA
    }

    public LoggedSession(UUID sessionId, String schoolId, UUID cycleId, UUID pairId, LocalDate heldOn, int minutes, SessionMethod method,
            SessionLocation location, Set<SessionActivity> activities) {
        this.sessionId = sessionId;
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.pairId = pairId;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.method = method;
        this.location = location;
        this.activities = Set.copyOf(activities);
        this.status = Status.LOGGED;
    }

    /** The partner confirmed; the confirmed minutes are the final ones. */
    public void confirm(int confirmedMinutes) {
        status = Status.CONFIRMED;
        minutes = confirmedMinutes;
    }

    public void dispute() {
        status = Status.DISPUTED;
    }
}
