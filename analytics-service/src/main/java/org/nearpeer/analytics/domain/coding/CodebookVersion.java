package org.nearpeer.analytics.domain.coding;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One change of a school's codebook. */
@Entity
@Table(name = "codebook_version")
@IdClass(CodebookVersion.Key.class)
public class CodebookVersion {

    public record Key(String schoolId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "school_id")
    private String schoolId;
    @Id
    private int version;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(nullable = false)
    private String change;

    protected CodebookVersion() {
        // for JPA
    }

    public CodebookVersion(String schoolId, int version, Instant changedAt, String change) {
        this.schoolId = schoolId;
        this.version = version;
        this.changedAt = changedAt;
        this.change = change;
    }

    public int version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String change() {
        return change;
    }
}
