package org.nearpeer.analytics.domain.coding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.nearpeer.analytics.domain.ReplacedNeverMutated;

/** One coder's claim on an answer and, once submitted, the codes they gave it. */
@Entity
@Table(name = "coding")
public class Coding {

    @Id
    @Column(name = "coding_id")
    private UUID codingId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "answer_id", nullable = false, updatable = false)
    private UUID answerId;
    @Column(name = "coder_id", nullable = false, updatable = false)
    private String coderId;
    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ReplacedNeverMutated.class)
    private List<String> codes;
    private String memo;

    protected Coding() {
        // for JPA
    }

    public Coding(String schoolId, UUID answerId, String coderId, Instant now, Duration holdFor) {
        this.codingId = UUID.randomUUID();
        this.schoolId = schoolId;
        this.answerId = answerId;
        this.coderId = coderId;
        this.claimedAt = now;
        this.expiresAt = now.plus(holdFor);
    }

    public void submit(Set<String> chosen, String note, Instant now) {
        codes = List.copyOf(new TreeSet<>(chosen));
        memo = note;
        submittedAt = now;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public UUID codingId() {
        return codingId;
    }

    public UUID answerId() {
        return answerId;
    }

    public String coderId() {
        return coderId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Set<String> codes() {
        return codes == null ? Set.of() : new TreeSet<>(codes);
    }

    public String memo() {
        return memo;
    }
}
