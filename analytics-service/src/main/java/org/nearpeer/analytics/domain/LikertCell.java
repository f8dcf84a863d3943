package org.nearpeer.analytics.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.nearpeer.analytics.domain.stats.LevelCounts;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** How many of one role answered 1..5 to one Likert item in one cycle. */
@Entity
@Table(name = "likert_cell")
@IdClass(LikertCell.Key.class)
public class LikertCell {

    public record Key(UUID cycleId, String itemId, ParticipantRole role) implements Serializable {
        public Key() {
            this(null, null, null);
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
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    @Column(nullable = false)
    private List<Long> counts;

    protected LikertCell() {
        // for JPA
    }

    public LikertCell(String schoolId, UUID cycleId, String itemId, ParticipantRole role) {
        this.schoolId = schoolId;
        this.cycleId = cycleId;
        this.itemId = itemId;
        this.role = role;
        this.counts = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
    }

    /** Adds (+1) or removes (−1) one answer 1..5. */
    public void change(int answer, int delta) {
        List<Long> next = new ArrayList<>(counts);
        long value = next.get(answer - 1) + delta;
        if (value < 0) {
            throw new IllegalStateException("count below zero for " + itemId + " " + role);
        }
        next.set(answer - 1, value);
        counts = next; // a new list, so Hibernate sees the change
    }

    public LevelCounts levelCounts() {
        return LevelCounts.of(counts.stream().mapToLong(Long::longValue).toArray());
    }

    public String itemId() {
        return itemId;
    }

    public ParticipantRole role() {
        return role;
    }
}
