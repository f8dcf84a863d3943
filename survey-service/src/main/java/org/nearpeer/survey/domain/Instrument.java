package org.nearpeer.survey.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a school's evaluation questionnaire. */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    private UUID id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstrumentStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Instrument() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public String schoolId() {
        return schoolId;
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    public InstrumentStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
