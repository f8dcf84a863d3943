package org.nearpeer.matching.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.vocabulary.ParticipantRole;

/** A cycle as matching knows it: the curriculum and the hard rules of who may be paired. */
@Entity
@Table(name = "candidate_pool")
public class CandidatePool {

    @Id
    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(nullable = false)
    private String semester;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(nullable = false)
    private int mentees;
    @Column(nullable = false)
    private int mentors;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "year_levels", nullable = false)
    private List<String> yearLevels = List.of("PY1", "PY2", "Y1", "Y2", "Y3", "Y4");
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_mentee_years", nullable = false)
    private List<String> eligibleMenteeYears = List.of("PY2", "Y1", "Y2");
    @Column(name = "mentor_year_gap_min", nullable = false)
    private int mentorYearGapMin;
    @Column(name = "mentor_year_gap_max", nullable = false)
    private int mentorYearGapMax = 2;
    @Column(name = "mentor_capacity", nullable = false)
    private int mentorCapacity = 1;
    @Column(name = "same_campus_required", nullable = false)
    private boolean sameCampusRequired;

    protected CandidatePool() {
        // for JPA
    }

    /** An empty pool for a newly created cycle. */
    public static CandidatePool forNewCycle(UUID cycleId, String schoolId, String semester, Instant createdAt) {
        CandidatePool pool = new CandidatePool();
        pool.cycleId = cycleId;
        pool.schoolId = schoolId;
        pool.semester = semester;
        pool.openedAt = createdAt;
        return pool;
    }

    public void configure(List<String> levels, List<String> eligible, int gapMin, int gapMax, int capacity, boolean sameCampus) {
        yearLevels = List.copyOf(levels);
        eligibleMenteeYears = List.copyOf(eligible);
        mentorYearGapMin = gapMin;
        mentorYearGapMax = gapMax;
        mentorCapacity = capacity;
        sameCampusRequired = sameCampus;
    }

    /**
     * Counts kept as candidates come and go (each enrollment event is applied once): counting the
     * cycle's candidates on every event cost a scan of the cycle per application.
     */
    public void candidateJoined(ParticipantRole role) {
        adjust(role, +1);
    }

    public void candidateLeft(ParticipantRole role) {
        adjust(role, -1);
    }

    private void adjust(ParticipantRole role, int by) {
        switch (role) {
            case MENTEE -> mentees += by;
            case MENTOR -> mentors += by;
        }
    }

    /** Why this mentee and mentor may not be paired, if they may not (the hard rules). */
    public Optional<String> violation(Candidate mentee, Candidate mentor) {
        if (mentee.participantId().equals(mentor.participantId())) {
            return Optional.of("the same person");
        }
        if (!eligibleMenteeYears.contains(mentee.yearLevel())) {
            return Optional.of("mentees must be in " + eligibleMenteeYears + ", not " + mentee.yearLevel());
        }
        int gap = yearLevels.indexOf(mentor.yearLevel()) - yearLevels.indexOf(mentee.yearLevel());
        if (yearLevels.indexOf(mentor.yearLevel()) < 0 || gap < mentorYearGapMin || gap > mentorYearGapMax) {
            return Optional.of("the mentor (" + mentor.yearLevel() + ") must be " + mentorYearGapMin + " to " + mentorYearGapMax
                    + " year(s) above the mentee (" + mentee.yearLevel() + ")");
        }
        if (sameCampusRequired && !mentee.campus().equals(mentor.campus())) {
            return Optional.of("mentor and mentee must share a campus");
        }
        return Optional.empty();
    }

    public UUID cycleId() {
        return cycleId;
    }

    public String schoolId() {
        return schoolId;
    }

    public String semester() {
        return semester;
    }

    public int mentees() {
        return mentees;
    }

    public int mentors() {
        return mentors;
    }

    public int mentorCapacity() {
        return mentorCapacity;
    }
}
