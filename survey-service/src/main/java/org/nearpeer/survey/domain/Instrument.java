package org.nearpeer.survey.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.survey.ItemDefinition;
import org.nearpeer.http.problem.ConflictException;

/** One version of a school's evaluation questionnaire; immutable once published. */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    private UUID id;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(nullable = false)
    private String name;
    private String description;
    @Column(nullable = false)
    private int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstrumentStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ItemDefinition> items;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected Instrument() {
        // for JPA
    }

    public static Instrument draft(String schoolId, String name, String description, int version, List<ItemDefinition> items, Instant now) {
        InstrumentDefinitions.check(items);
        Instrument instrument = new Instrument();
        instrument.id = UUID.randomUUID();
        instrument.schoolId = schoolId;
        instrument.name = name;
        instrument.description = description;
        instrument.version = version;
        instrument.status = InstrumentStatus.DRAFT;
        instrument.items = List.copyOf(items);
        instrument.createdAt = now;
        return instrument;
    }

    /** Replaces the items of a draft. */
    public void revise(String newDescription, List<ItemDefinition> newItems) {
        requireDraft();
        InstrumentDefinitions.check(newItems);
        description = newDescription;
        items = List.copyOf(newItems);
    }

    public void publish(Instant now) {
        requireDraft();
        status = InstrumentStatus.PUBLISHED;
        publishedAt = now;
    }

    private void requireDraft() {
        if (status != InstrumentStatus.DRAFT) {
            throw new ConflictException("instrument-published", "Version " + version + " of '" + name
                    + "' is published and cannot change; create a new version instead.");
        }
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

    public String description() {
        return description;
    }

    public int version() {
        return version;
    }

    public InstrumentStatus status() {
        return status;
    }

    public List<ItemDefinition> items() {
        return items;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
