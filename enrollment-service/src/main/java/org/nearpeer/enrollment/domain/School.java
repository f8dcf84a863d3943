package org.nearpeer.enrollment.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant: one medical school with its campuses and curriculum. */
@Entity
@Table(name = "school")
public class School {

    /** The default six-year undergraduate-entry curriculum: two premedical years, four medical years. */
    public static final List<String> DEFAULT_YEAR_LEVELS = List.of("PY1", "PY2", "Y1", "Y2", "Y3", "Y4");
    public static final int DEFAULT_SUPPRESSION_THRESHOLD = 10;

    @Id
    @Column(name = "school_id")
    private String id;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> campuses;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "year_levels", nullable = false)
    private List<String> yearLevels;

    @Column(nullable = false)
    private String locale;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "suppression_threshold", nullable = false)
    private int suppressionThreshold;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected School() {
        // for JPA
    }

    public static School register(String id, String name, List<String> campuses, List<String> yearLevels, String locale,
            String timeZone, int suppressionThreshold, String createdBy, Instant now) {
        School school = new School();
        school.id = id;
        school.name = name;
        school.campuses = List.copyOf(campuses);
        school.yearLevels = List.copyOf(yearLevels);
        school.locale = locale;
        school.timeZone = timeZone;
        school.suppressionThreshold = suppressionThreshold;
        school.createdAt = now;
        school.createdBy = createdBy;
        return school;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> campuses() {
        return campuses;
    }

    public List<String> yearLevels() {
        return yearLevels;
    }

    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    public int suppressionThreshold() {
        return suppressionThreshold;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
