package org.nearpeer.enrollment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.enrollment.domain.ApplicationRepository;
import org.nearpeer.enrollment.domain.EnrollmentEvents;
import org.nearpeer.enrollment.domain.ProgramCycle;
import org.nearpeer.enrollment.domain.ProgramCycleRepository;
import org.nearpeer.enrollment.domain.TrainingRegistration;
import org.nearpeer.enrollment.domain.TrainingRegistrationRepository;
import org.nearpeer.enrollment.domain.TrainingSession;
import org.nearpeer.enrollment.domain.TrainingSessionRepository;
import org.nearpeer.events.vocabulary.CycleStage;
import org.nearpeer.events.vocabulary.ParticipantRole;
import org.nearpeer.events.vocabulary.TrainingTrack;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;

/** Pre-education: sessions per track, registration within capacity, attendance that completes the training. */
@ApplicationScoped
public class TrainingService {

    private final ProgramCycleRepository cycles;
    private final TrainingSessionRepository sessions;
    private final TrainingRegistrationRepository registrations;
    private final ApplicationRepository applications;
    private final EnrollmentEvents events;
    private final Clock clock;

    public TrainingService(ProgramCycleRepository cycles, TrainingSessionRepository sessions, TrainingRegistrationRepository registrations,
            ApplicationRepository applications, EnrollmentEvents events, Clock clock) {
        this.cycles = cycles;
        this.sessions = sessions;
        this.registrations = registrations;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    /** A session and how many places are taken. */
    public record SessionView(TrainingSession session, long registered) {
    }

    public record NewSession(TrainingTrack track, Instant startsAt, int minutes, String place, int capacity) {
    }

    @Transactional
    public SessionView schedule(String schoolId, UUID cycleId, NewSession request) {
        ProgramCycle cycle = cycle(schoolId, cycleId);
        if (cycle.status() == CycleStage.CLOSED) {
            throw new ConflictException("cycle-closed", "The cycle " + cycle.semester() + " is closed.");
        }
        TrainingSession session = TrainingSession.schedule(cycle, request.track(), request.startsAt(), request.minutes(),
                request.place().strip(), request.capacity(), now());
        sessions.persist(session);
        return new SessionView(session, 0);
    }

    @Transactional
    public Page<SessionView> list(String schoolId, UUID cycleId, TrainingTrack track, PageRequest page) {
        cycle(schoolId, cycleId);
        List<SessionView> views = sessions.list(cycleId, track, page.page, page.size).stream()
                .map(s -> new SessionView(s, registrations.countInSession(s.id()))).toList();
        return Page.of(views, page, sessions.count(cycleId, track));
    }

    /** A student takes a place in a session of their own track. */
    @Transactional
    public SessionView register(String schoolId, UUID cycleId, UUID sessionId, String participantId) {
        cycle(schoolId, cycleId);
        TrainingSession session = sessions.findInCycleForUpdate(cycleId, sessionId)
                .orElseThrow(() -> new ResourceNotFoundException("training-session", sessionId));
        ParticipantRole role = session.track() == TrainingTrack.MENTEE ? ParticipantRole.MENTEE : ParticipantRole.MENTOR;
        if (!applications.hasOpenApplication(cycleId, participantId, role)) {
            throw new RuleViolationException("no-matching-application", "This is the " + session.track().name().toLowerCase()
                    + " track; register for it after applying as a " + role.name().toLowerCase() + " to this cycle.");
        }
        if (registrations.find(sessionId, participantId).isPresent()) {
            throw new ConflictException("already-registered", "You are already registered for this session.");
        }
        long taken = registrations.countInSession(sessionId);
        if (taken >= session.capacity()) {
            throw new ConflictException("session-full", "All " + session.capacity() + " places of this session are taken.");
        }
        registrations.persist(TrainingRegistration.register(session, participantId, now()));
        return new SessionView(session, taken + 1);
    }

    /** Records who attended; each first attendance completes the training and is announced once. */
    @Transactional
    public SessionView recordAttendance(String schoolId, UUID cycleId, UUID sessionId, List<String> attended) {
        cycle(schoolId, cycleId);
        TrainingSession session = sessions.findInCycle(cycleId, sessionId)
                .orElseThrow(() -> new ResourceNotFoundException("training-session", sessionId));
        List<String> unknown = attended.stream().filter(p -> registrations.find(sessionId, p).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("not-registered", "Not registered for this session: " + unknown + ".");
        }
        Instant now = now();
        for (String participantId : attended.stream().distinct().toList()) {
            TrainingRegistration registration = registrations.find(sessionId, participantId).orElseThrow();
            if (registration.markAttended(now)) {
                events.trainingCompleted(session, participantId);
            }
        }
        return new SessionView(session, registrations.countInSession(sessionId));
    }

    private ProgramCycle cycle(String schoolId, UUID cycleId) {
        return cycles.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
