package org.nearpeer.session.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nearpeer.events.vocabulary.SessionActivity;
import org.nearpeer.events.vocabulary.SessionLocation;
import org.nearpeer.events.vocabulary.SessionMethod;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.RuleViolationException;

/** One meeting of a pair, logged by one partner and confirmed or disputed by the other. */
@Entity
@Table(name = "mentoring_session")
public class MentoringSession {

    @Id
    private UUID id;
    @Column(name = "school_id", nullable = false, updatable = false)
    private String schoolId;
    @Column(name = "pair_id", nullable = false, updatable = false)
    private UUID pairId;
    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;
    @Column(name = "session_date", nullable = false)
    private LocalDate date;
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;
    @Column(nullable = false)
    private int minutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionMethod method;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionLocation location;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Set<SessionActivity> activities;
    @Column(name = "private_note")
    private String privateNote;
    @Column(name = "author_id", nullable = false, updatable = false)
    private String authorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;
    @Column(name = "dispute_reason")
    private String disputeReason;
    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected MentoringSession() {
        // for JPA
    }

    public record Details(LocalDate date, LocalTime startTime, int minutes, SessionMethod method, SessionLocation location,
            Set<SessionActivity> activities, String privateNote) {
    }

    public static MentoringSession log(MentoringPair pair, String authorId, Details details, Instant now) {
        MentoringSession session = new MentoringSession();
        session.id = UUID.randomUUID();
        session.schoolId = pair.schoolId();
        session.pairId = pair.id();
        session.cycleId = pair.cycleId();
        session.date = details.date();
        session.startTime = details.startTime();
        session.minutes = details.minutes();
        session.method = details.method();
        session.location = details.location();
        session.activities = details.activities().isEmpty() ? EnumSet.noneOf(SessionActivity.class) : EnumSet.copyOf(details.activities());
        session.privateNote = details.privateNote();
        session.authorId = authorId;
        session.status = SessionStatus.LOGGED;
        session.loggedAt = now;
        return session;
    }

    public void confirm(String userId, Instant now) {
        decide(userId, now);
        status = SessionStatus.CONFIRMED;
    }

    public void dispute(String userId, String reason, Instant now) {
        decide(userId, now);
        status = SessionStatus.DISPUTED;
        disputeReason = reason;
    }

    private void decide(String userId, Instant now) {
        if (authorId.equals(userId)) {
            throw new RuleViolationException("own-session", "The partner who did not log a session confirms or disputes it.");
        }
        if (status != SessionStatus.LOGGED) {
            throw new ConflictException("session-decided", "This session is already " + status + ".");
        }
        decidedAt = now;
    }

    /** Does this meeting overlap [start, start + minutes) on the same day? */
    public boolean overlaps(LocalDate otherDate, LocalTime otherStart, int otherMinutes) {
        if (!date.equals(otherDate) || status == SessionStatus.DISPUTED) {
            return false;
        }
        int from = startTime.toSecondOfDay() / 60;
        int otherFrom = otherStart.toSecondOfDay() / 60;
        return from < otherFrom + otherMinutes && otherFrom < from + minutes;
    }

    public UUID id() {
        return id;
    }

    public UUID pairId() {
        return pairId;
    }

    public UUID cycleId() {
        return cycleId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public int minutes() {
        return minutes;
    }

    public SessionMethod method() {
        return method;
    }

    public SessionLocation location() {
        return location;
    }

    public Set<SessionActivity> activities() {
        return activities;
    }

    public String privateNote() {
        return privateNote;
    }

    public String authorId() {
        return authorId;
    }

    public SessionStatus status() {
        return status;
    }
}
