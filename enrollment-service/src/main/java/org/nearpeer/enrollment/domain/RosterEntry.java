package org.nearpeer.enrollment.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A student a campus system declared eligible for a cycle, with their year level and campus. */
@Entity
@Table(name = "roster_entry")
@IdClass(RosterEntry.Key.class)
public class RosterEntry {

    public record Key(UUID cycleId, String email) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Id
    private String email;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "year_level", nullable = false)
    private String yearLevel;
    @Column(nullable = false)
    private String campus;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected RosterEntry() {
        // for JPA
    }

    public static RosterEntry of(ProgramCycle cycle, String email, String yearLevel, String campus, Instant now) {
        RosterEntry entry = new RosterEntry();
        entry.cycleId = cycle.id();
        entry.schoolId = cycle.schoolId();
        entry.email = email;
        entry.yearLevel = yearLevel;
        entry.campus = campus;
        entry.importedAt = now;
        return entry;
    }

    /** @return true when something changed */
    public boolean update(String newYearLevel, String newCampus, Instant now) {
        if (yearLevel.equals(newYearLevel) && campus.equals(newCampus)) {
            return false;
        }
        yearLevel = newYearLevel;
        campus = newCampus;
        importedAt = now;
        return true;
    }

    public String email() {
        return email;
    }

    public String yearLevel() {
        return yearLevel;
    }

    public String campus() {
        return campus;
    }
}
