package org.nearpeer.session.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the session service knows about a cycle: its rules for logging and whether it is closed. */
@Entity
@Table(name = "session_cycle")
public class SessionCycle {

    @Id
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "training_required", nullable = false)
    private boolean trainingRequired = true;
    @Column(name = "sessions_start_on")
    private LocalDate sessionsStartOn;
    @Column(name = "sessions_end_on")
    private LocalDate sessionsEndOn;
    @Column(nullable = false)
    private boolean closed;

    protected SessionCycle() {
        // for JPA
    }

    public static SessionCycle of(UUID cycleId, String schoolId) {
        SessionCycle cycle = new SessionCycle();
        cycle.cycleId = cycleId;
        cycle.schoolId = schoolId;
        return cycle;
    }

    public void configured(boolean training, LocalDate start, LocalDate end) {
        trainingRequired = training;
        sessionsStartOn = start;
        sessionsEndOn = end;
    }

    public void close() {
        closed = true;
    }

    public boolean trainingRequired() {
        return trainingRequired;
    }

    public LocalDate sessionsStartOn() {
        return sessionsStartOn;
    }

    public LocalDate sessionsEndOn() {
        return sessionsEndOn;
    }

    public boolean closed() {
        return closed;
    }
}
