package org.nearpeer.enrollment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.vocabulary.CycleStage;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.RuleViolationException;

/** One school's mentoring program for one semester. */
@Entity
@Table(name = "program_cycle")
public class ProgramCycle {

    @Id
    private UUID id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;

    @Column(nullable = false, updatable = false)
    private String semester;

    @Column(nullable = false)
    private String title;

    @Column(name = "application_opens_on", nullable = false)
    private LocalDate applicationOpensOn;

    @Column(name = "application_closes_on", nullable = false)
    private LocalDate applicationClosesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleStage status;

    @Column(name = "matching_on")
    private LocalDate matchingOn;

    @Column(name = "sessions_start_on")
    private LocalDate sessionsStartOn;

    @Column(name = "sessions_end_on")
    private LocalDate sessionsEndOn;

    @Column(name = "survey_opens_on")
    private LocalDate surveyOpensOn;

    @Column(name = "survey_closes_on")
    private LocalDate surveyClosesOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_mentee_years", nullable = false)
    private java.util.List<String> eligibleMenteeYears = CycleRules.DEFAULT.eligibleMenteeYears();

    @Column(name = "mentor_year_gap_min", nullable = false)
    private int mentorYearGapMin = CycleRules.DEFAULT.mentorYearGapMin();

    @Column(name = "mentor_year_gap_max", nullable = false)
    private int mentorYearGapMax = CycleRules.DEFAULT.mentorYearGapMax();

    @Column(name = "mentor_capacity", nullable = false)
    private int mentorCapacity = CycleRules.DEFAULT.mentorCapacity();

    @Column(name = "training_required", nullable = false)
    private boolean trainingRequired = CycleRules.DEFAULT.trainingRequired();

    @Column(name = "same_campus_required", nullable = false)
    private boolean sameCampusRequired = CycleRules.DEFAULT.sameCampusRequired();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected ProgramCycle() {
        // for JPA
    }

    /**
     * A new cycle starts as a draft; nobody can apply before it is opened.
     *
     * @throws RuleViolationException when the application window ends before it starts
     */
    public static ProgramCycle draft(String schoolId, String semester, String title, LocalDate applicationOpensOn,
            LocalDate applicationClosesOn, String createdBy, Instant now) {
        if (applicationClosesOn.isBefore(applicationOpensOn)) {
            throw new RuleViolationException("application-window-inverted",
                    "The application window closes (" + applicationClosesOn + ") before it opens (" + applicationOpensOn + ").");
        }
        ProgramCycle cycle = new ProgramCycle();
        cycle.id = UUID.randomUUID();
        cycle.schoolId = schoolId;
        cycle.semester = semester;
        cycle.title = title;
        cycle.applicationOpensOn = applicationOpensOn;
        cycle.applicationClosesOn = applicationClosesOn;
        cycle.status = CycleStage.DRAFT;
        cycle.createdAt = now;
        cycle.createdBy = createdBy;
        return cycle;
    }

    public UUID id() {
        return id;
    }

    public String schoolId() {
        return schoolId;
    }

    public String semester() {
        return semester;
    }

    public String title() {
        return title;
    }

    public LocalDate applicationOpensOn() {
        return applicationOpensOn;
    }

    public LocalDate applicationClosesOn() {
        return applicationClosesOn;
    }

    public CycleStage status() {
        return status;
    }

    /**
     * Sets the schedule and the rules; only a draft can be reconfigured.
     *
     * @throws ConflictException when the cycle is no longer a draft
     * @throws RuleViolationException when the dates are out of order or a rule does not fit the curriculum
     */
    public void configure(CycleSchedule schedule, CycleRules rules, java.util.List<String> yearLevels) {
        if (status != CycleStage.DRAFT) {
            throw new ConflictException("cycle-not-draft", "The schedule and rules are frozen once the cycle is " + status + ".");
        }
        schedule.checkOrder();
        rules.checkAgainst(yearLevels);
        this.applicationOpensOn = schedule.applicationOpensOn();
        this.applicationClosesOn = schedule.applicationClosesOn();
        this.matchingOn = schedule.matchingOn();
        this.sessionsStartOn = schedule.sessionsStartOn();
        this.sessionsEndOn = schedule.sessionsEndOn();
        this.surveyOpensOn = schedule.surveyOpensOn();
        this.surveyClosesOn = schedule.surveyClosesOn();
        this.eligibleMenteeYears = java.util.List.copyOf(rules.eligibleMenteeYears());
        this.mentorYearGapMin = rules.mentorYearGapMin();
        this.mentorYearGapMax = rules.mentorYearGapMax();
        this.mentorCapacity = rules.mentorCapacity();
        this.trainingRequired = rules.trainingRequired();
        this.sameCampusRequired = rules.sameCampusRequired();
    }

    /**
     * Moves to the next stage. Opening needs the whole schedule.
     *
     * @return the stage left
     * @throws ConflictException for any other move
     */
    public CycleStage advanceTo(CycleStage next) {
        if (!status.isFollowedBy(next)) {
            throw new ConflictException("invalid-stage-transition", "A " + status + " cycle can only move to "
                    + (status == CycleStage.CLOSED ? "nothing: it is closed" : CycleStage.values()[status.ordinal() + 1].name()) + ", not " + next + ".");
        }
        if (next == CycleStage.OPEN && !schedule().isComplete()) {
            throw new ConflictException("schedule-incomplete", "Set the whole schedule (matching date, session period, survey window) before opening.");
        }
        CycleStage previous = status;
        status = next;
        return previous;
    }

    /** Students may apply or edit while the cycle is open and today is inside the application window. */
    public boolean acceptsApplications(LocalDate today) {
        return status == CycleStage.OPEN && !today.isBefore(applicationOpensOn) && !today.isAfter(applicationClosesOn);
    }

    /**
     * Coordinators may record an application on a student's behalf for as long as the cycle is open,
     * whatever the date: late paper forms, and past semesters transcribed from their paper records.
     */
    public boolean acceptsRecordedApplications() {
        return status == CycleStage.OPEN;
    }

    public CycleSchedule schedule() {
        return new CycleSchedule(applicationOpensOn, applicationClosesOn, matchingOn, sessionsStartOn, sessionsEndOn, surveyOpensOn, surveyClosesOn);
    }

    public CycleRules rules() {
        return new CycleRules(eligibleMenteeYears, mentorYearGapMin, mentorYearGapMax, mentorCapacity, trainingRequired, sameCampusRequired);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
