package org.nearpeer.analytics.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.nearpeer.events.vocabulary.ParticipantRole;

/** How many respondents of one role chose one option of a choice item in one cycle. */
@Entity
@Table(name = "choice_cell")
@IdClass(ChoiceCell.Key.class)
public class ChoiceCell {

    public record Key(UUID cycleId, String itemId, ParticipantRole role, String option) implements Serializable {
        public Key() {
            this(null, null, null, null);
        }
    }

    @Id
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Id
    @Column(name = "item_id")
    private String itemId;
    @Id
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    @Id
    private String option;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(nullable = false)
    private long chosen;

    protected ChoiceCell() {
        // for JPA
    }

    public ChoiceCell(String schoolId, UUID cycleId, String itemId, ParticipantRole role, String option) {
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.itemId = itemId;
        this.role = role;
        this.option = option;
    }

    public void change(int delta) {
        if (chosen + delta < 0) {
            throw new IllegalStateException("count below zero for " + itemId + "/" + option);
        }
        chosen += delta;
    }

    public String itemId() {
        return itemId;
    }

    public ParticipantRole role() {
        return role;
    }

    public String option() {
        return option;
    }

    public long chosen() {
        return chosen;
    }
}
