package org.nearpeer.session.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;
import org.nearpeer.session.domain.Agreement;
import org.nearpeer.session.domain.AgreementRepository;
import org.nearpeer.session.domain.CycleFactsRepository;
import org.nearpeer.session.domain.MentoringPair;
import org.nearpeer.session.domain.MentoringSession;
import org.nearpeer.session.domain.MentoringSessionRepository;
import org.nearpeer.session.domain.SessionCycle;
import org.nearpeer.session.domain.SessionEvents;

/** A pair's agreement (versioned, signed by both) and its session log (logged by one, confirmed or disputed by the other). */
@ApplicationScoped
public class MentoringService {

    private final PairAccess access;
    private final AgreementRepository agreements;
    private final MentoringSessionRepository sessions;
    private final CycleFactsRepository cycles;
    private final SessionEvents events;
    private final Clock clock;

    public MentoringService(PairAccess access, AgreementRepository agreements, MentoringSessionRepository sessions, CycleFactsRepository cycles,
            SessionEvents events, Clock clock) {
        this.access = access;
        this.agreements = agreements;
        this.sessions = sessions;
        this.cycles = cycles;
        this.events = events;
        this.clock = clock;
    }

    /** Drafts the agreement, or amends a signed one as the next version (to be signed again). */
    @Transactional
    public Agreement draftAgreement(PairAccess.Caller caller, UUID pairId, Agreement.Terms terms) {
        MentoringPair pair = access.asPartner(caller, pairId);
        requireOpen(pair);
        if (!terms.groundRulesAcknowledged()) {
            throw new RuleViolationException("ground-rules-not-acknowledged", "Both partners work under the program's ground rules; acknowledge them.");
        }
        var latest = agreements.latest(pairId);
        if (latest.isPresent() && !latest.get().isSigned()) {
            latest.get().revise(terms, caller.userId(), now());
            return latest.get();
        }
        Agreement agreement = Agreement.draft(pair, latest.map(a -> a.version() + 1).orElse(1), terms, caller.userId(), now());
        agreements.persist(agreement);
        return agreement;
    }

    @Transactional
    public Agreement signAgreement(PairAccess.Caller caller, UUID pairId) {
        MentoringPair pair = access.asPartner(caller, pairId);
        requireOpen(pair);
        Agreement agreement = agreements.latest(pairId).orElseThrow(() -> new ResourceNotFoundException("agreement", pairId));
        if (agreement.sign(pair.roleOf(caller.userId()), now())) {
            events.agreementSigned(pair, agreement);
        }
        return agreement;
    }

    @Transactional
    public Agreement agreement(PairAccess.Caller caller, UUID pairId) {
        access.visible(caller, pairId);
        return agreements.latest(pairId).orElseThrow(() -> new ResourceNotFoundException("agreement", pairId));
    }

    @Transactional
    public MentoringSession log(PairAccess.Caller caller, UUID pairId, MentoringSession.Details details) {
        MentoringPair pair = access.asPartner(caller, pairId);
        SessionCycle cycle = requireOpen(pair);
        // Until the cycle's rules have arrived, the program's default applies: agreement and training first.
        if (cycle == null || cycle.trainingRequired()) {
            if (!agreements.hasSignedVersion(pairId)) {
                throw new RuleViolationException("agreement-not-signed", "Sign your mentoring agreement (both of you) before logging sessions.");
            }
            if (!cycles.isTrained(pair.cycleId(), pair.mentorId()) || !cycles.isTrained(pair.cycleId(), pair.menteeId())) {
                throw new RuleViolationException("training-not-completed", "This school asks both partners to complete pre-education before meeting.");
            }
        }
        LocalDateTime start = LocalDateTime.of(details.date(), details.startTime());
        if (start.isAfter(LocalDateTime.ofInstant(now(), ZoneOffset.UTC).plusHours(14))) {
            throw new RuleViolationException("session-in-future", "A session is logged after it took place; " + details.date() + " is still ahead.");
        }
        if (cycle != null && cycle.sessionsStartOn() != null && (details.date().isBefore(cycle.sessionsStartOn())
                || (cycle.sessionsEndOn() != null && details.date().isAfter(cycle.sessionsEndOn())))) {
            throw new RuleViolationException("outside-session-period", "Sessions of this cycle take place from " + cycle.sessionsStartOn()
                    + " to " + cycle.sessionsEndOn() + ".");
        }
        boolean overlaps = sessions.sameDay(pairId, details.date()).stream()
                .anyMatch(s -> s.overlaps(details.date(), details.startTime(), details.minutes()));
        if (overlaps) {
            throw new ConflictException("session-overlaps", "This pair already has a session overlapping " + details.date() + " "
                    + details.startTime() + " for " + details.minutes() + " minutes.");
        }
        MentoringSession session = MentoringSession.log(pair, caller.userId(), details, now());
        sessions.persist(session);
        pair.metAgain();
        events.sessionLogged(pair, session);
        return session;
    }

    @Transactional
    public MentoringSession confirm(PairAccess.Caller caller, UUID pairId, UUID sessionId) {
        MentoringPair pair = access.asPartner(caller, pairId);
        requireOpen(pair);
        MentoringSession session = session(pairId, sessionId);
        session.confirm(caller.userId(), now());
        events.sessionConfirmed(pair, session);
        return session;
    }

    @Transactional
    public MentoringSession dispute(PairAccess.Caller caller, UUID pairId, UUID sessionId, String reason) {
        MentoringPair pair = access.asPartner(caller, pairId);
        requireOpen(pair);
        MentoringSession session = session(pairId, sessionId);
        session.dispute(caller.userId(), reason, now());
        events.sessionDisputed(pair, session);
        return session;
    }

    @Transactional
    public Page<MentoringSession> sessions(PairAccess.Caller caller, UUID pairId, PageRequest page) {
        access.visible(caller, pairId);
        return Page.of(sessions.ofPair(pairId, page.page, page.size), page, sessions.countOfPair(pairId));
    }

    private MentoringSession session(UUID pairId, UUID sessionId) {
        return sessions.findInPair(pairId, sessionId).orElseThrow(() -> new ResourceNotFoundException("session", sessionId));
    }

    /** Nothing changes once a cycle is closed or a pair dissolved. */
    private SessionCycle requireOpen(MentoringPair pair) {
        if (!pair.isActive()) {
            throw new ConflictException("pair-dissolved", "This pair was dissolved.");
        }
        SessionCycle cycle = cycles.known(pair.cycleId()).orElse(null);
        if (cycle != null && cycle.closed()) {
            throw new ConflictException("cycle-closed", "The cycle is closed; its sessions can no longer change.");
        }
        return cycle;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
