package org.nearpeer.enrollment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.nearpeer.http.problem.RuleViolationException;

/** One school's mentoring program for one semester. */
@Entity
@Table(name = "program_cycle")
public class ProgramCycle {

    @Id
    private UUID id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;

    @Column(nullable = false, updatable = false)
    private String semester;

    @Column(nullable = false)
    private String title;

    @Column(name = "application_opens_on", nullable = false)
    private LocalDate applicationOpensOn;

    @Column(name = "application_closes_on", nullable = false)
    private LocalDate applicationClosesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected ProgramCycle() {
        // for JPA
    }

    /**
     * A new cycle starts as a draft; nobody can apply before it is opened.
     *
     * @throws RuleViolationException when the application window ends before it starts
     */
    public static ProgramCycle draft(String schoolId, String semester, String title, LocalDate applicationOpensOn,
            LocalDate applicationClosesOn, String createdBy, Instant now) {
        if (applicationClosesOn.isBefore(applicationOpensOn)) {
            throw new RuleViolationException("application-window-inverted",
                    "The application window closes (" + applicationClosesOn + ") before it opens (" + applicationOpensOn + ").");
        }
        ProgramCycle cycle = new ProgramCycle();
        cycle.id = UUID.randomUUID();
        cycle.schoolId = schoolId;
        cycle.semester = semester;
        cycle.title = title;
        cycle.applicationOpensOn = applicationOpensOn;
        cycle.applicationClosesOn = applicationClosesOn;
        cycle.status = CycleStatus.DRAFT;
        cycle.createdAt = now;
        cycle.createdBy = createdBy;
        return cycle;
    }

    public UUID id() {
        return id;
    }

    public String schoolId() {
        return schoolId;
    }

    public String semester() {
        return semester;
    }

    public String title() {
        return title;
    }

    public LocalDate applicationOpensOn() {
        return applicationOpensOn;
    }

    public LocalDate applicationClosesOn() {
        return applicationClosesOn;
    }

    public CycleStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
