package org.nearpeer.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What analytics knows about one program cycle; grows with the events it consumes. */
@Entity
@Table(name = "cycle_overview")
public class CycleOverview {

    @Id
    @Column(name = "cycle_id")
    private UUID cycleId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;

    @Column(nullable = false)
    private String semester;

    @Column(nullable = false)
    private String title;

    @Column(name = "application_opens_on", nullable = false)
    private LocalDate applicationOpensOn;

    @Column(name = "application_closes_on", nullable = false)
    private LocalDate applicationClosesOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CycleOverview() {
        // for JPA
    }

    public static CycleOverview created(UUID cycleId, String schoolId, String semester, String title, LocalDate opens,
            LocalDate closes, Instant createdAt) {
        CycleOverview overview = new CycleOverview();
        overview.cycleId = cycleId;
        overview.schoolId = schoolId;
        overview.semester = semester;
        overview.title = title;
        overview.applicationOpensOn = opens;
        overview.applicationClosesOn = closes;
        overview.createdAt = createdAt;
        return overview;
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

    public String title() {
        return title;
    }

    public LocalDate applicationOpensOn() {
        return applicationOpensOn;
    }

    public LocalDate applicationClosesOn() {
        return applicationClosesOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
