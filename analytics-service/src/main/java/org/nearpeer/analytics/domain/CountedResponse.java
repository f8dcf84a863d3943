package org.nearpeer.analytics.domain;

import java.util.Map;
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
import org.nearpeer.events.vocabulary.ParticipantRole;

/** The revision of a response that the statistics currently count: Likert answers (item → 1..5) and chosen options. */
@Entity
@Table(name = "counted_response")
public class CountedResponse {

    @Id
    @Column(name = "response_id")
    private UUID responseId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "instrument_id", nullable = false)
    private UUID instrumentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;
    @Column(nullable = false)
    private int revision;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    @Column(nullable = false)
    private Map<String, Integer> likert;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    @Column(nullable = false)
    private Map<String, java.util.List<String>> choices;

    protected CountedResponse() {
        // for JPA
    }

    public CountedResponse(UUID responseId, String schoolId, UUID cycleId, UUID instrumentId, ParticipantRole role, int revision,
            Map<String, Integer> likert, Map<String, java.util.List<String>> choices) {
        this.choices = Map.copyOf(choices);
        this.responseId = responseId;
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.instrumentId = instrumentId;
        this.role = role;
        this.revision = revision;
        this.likert = Map.copyOf(likert);
    }

    public void replace(int newRevision, Map<String, Integer> newLikert, Map<String, java.util.List<String>> newChoices) {
        revision = newRevision;
        likert = Map.copyOf(newLikert);
        choices = Map.copyOf(newChoices);
    }

    public Map<String, java.util.List<String>> choices() {
        return choices == null ? Map.of() : choices;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public ParticipantRole role() {
        return role;
    }

    public int revision() {
        return revision;
    }

    public Map<String, Integer> likert() {
        return likert;
    }

    public java.util.UUID responseId() {
        return responseId;
    }
}
