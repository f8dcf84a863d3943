package org.nearpeer.analytics.domain.coding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school's coding rules: the share of answers coded independently by two coders, and how long a claim holds. */
@Entity
@Table(name = "coding_settings")
public class CodingSettings {

    public static final int DEFAULT_DOUBLE_CODING_PERCENT = 20;
    public static final int DEFAULT_CLAIM_MINUTES = 30;

    @Id
    @Column(name = "school_id")
    private String schoolId;
    @Column(name = "double_coding_percent", nullable = false)
    private int doubleCodingPercent;
    @Column(name = "claim_minutes", nullable = false)
    private int claimMinutes;

    protected CodingSettings() {
        // for JPA
    }

    public CodingSettings(String schoolId, int doubleCodingPercent, int claimMinutes) {
        this.schoolId = schoolId;
        change(doubleCodingPercent, claimMinutes);
    }

    public static CodingSettings defaults(String schoolId) {
        return new CodingSettings(schoolId, DEFAULT_DOUBLE_CODING_PERCENT, DEFAULT_CLAIM_MINUTES);
    }

    public void change(int percent, int minutes) {
        this.doubleCodingPercent = percent;
        this.claimMinutes = minutes;
    }

    /**
     * Whether an answer is coded twice: decided once, from its id, so the share holds over the
     * queue and a replay decides the same.
     */
    public boolean doubleCodes(java.util.UUID answerId) {
        return Math.floorMod(answerId.getLeastSignificantBits() ^ answerId.getMostSignificantBits(), 100) < doubleCodingPercent;
    }

    public int doubleCodingPercent() {
        return doubleCodingPercent;
    }

    public int claimMinutes() {
        return claimMinutes;
    }
}
