package org.nearpeer.analytics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school as analytics needs it: its name and the threshold below which shared counts are suppressed. */
@Entity
@Table(name = "school_setting")
public class SchoolSetting {

    /** Used until the school's registration has been consumed; the default. */
    public static final int DEFAULT_SUPPRESSION_THRESHOLD = 10;

    @Id
    @Column(name = "school_id")
    private String schoolId;
    @Column(nullable = false)
    private String name;
    @Column(name = "suppression_threshold", nullable = false)
    private int suppressionThreshold;

    protected SchoolSetting() {
        // for JPA
    }

    public SchoolSetting(String schoolId, String name, int suppressionThreshold) {
        this.schoolId = schoolId;
        this.name = name;
        this.suppressionThreshold = suppressionThreshold;
    }

    public String schoolId() {
        return schoolId;
    }

    public String name() {
        return name;
    }

    public int suppressionThreshold() {
        return suppressionThreshold;
    }
}
