package org.nearpeer.analytics.domain.coding;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A theme, category or code of a school's codebook; retired entries stay for the answers coded with them. */
@Entity
@Table(name = "codebook_code")
@IdClass(CodebookCode.Key.class)
public class CodebookCode {

    public record Key(String schoolId, String codeKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "school_id")
    private String schoolId;
    @Id
    @Column(name = "code_key")
    private String codeKey;
    @Column(name = "parent_key")
    private String parentKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CodeLevel level;
    @Column(nullable = false)
    private String label;
    private String description;
    @Column(nullable = false)
    private boolean alert;
    @Column(name = "added_in_version", nullable = false)
    private int addedInVersion;
    @Column(name = "retired_in_version")
    private Integer retiredInVersion;

    protected CodebookCode() {
        // for JPA
    }

    public CodebookCode(String schoolId, String codeKey, String parentKey, CodeLevel level, String label, String description, boolean alert,
            int version) {
        this.schoolId = schoolId;
        this.codeKey = codeKey;
        this.parentKey = parentKey;
        this.level = level;
        this.label = label;
        this.description = description;
        this.alert = alert;
        this.addedInVersion = version;
    }

    public void retire(int version) {
        retiredInVersion = version;
    }

    public boolean active() {
        return retiredInVersion == null;
    }

    public String codeKey() {
        return codeKey;
    }

    public String parentKey() {
        return parentKey;
    }

    public CodeLevel level() {
        return level;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean alert() {
        return alert;
    }

    public int addedInVersion() {
        return addedInVersion;
    }

    public Integer retiredInVersion() {
        return retiredInVersion;
    }
}
