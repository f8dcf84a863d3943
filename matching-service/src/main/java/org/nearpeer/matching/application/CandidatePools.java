package org.nearpeer.matching.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.enrollment.ApplicationSubmitted;
import org.nearpeer.events.enrollment.ApplicationUpdated;
import org.nearpeer.events.enrollment.ApplicationWithdrawn;
import org.nearpeer.events.enrollment.CycleConfigured;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.events.enrollment.PartnerRequestConfirmed;
import org.nearpeer.events.vocabulary.PairOrigin;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.matching.domain.Candidate;
import org.nearpeer.matching.domain.CandidatePool;
import org.nearpeer.matching.domain.CandidatePoolRepository;
import org.nearpeer.matching.domain.CompatibilityScore;
import org.nearpeer.matching.domain.MatchPair;
import org.nearpeer.matching.domain.MatchingEvents;
import org.nearpeer.matching.domain.MatchingRepository;

/**
 * Keeps each cycle's candidate pool from enrollment events (handlers run in the consumer's dedupe
 * transaction): applications, withdrawals (which dissolve the student's pairs), confirmed
 * self-chosen pairs (fixed before any run) and the cycle's rules.
 */
@ApplicationScoped
public class CandidatePools {

    private final CandidatePoolRepository pools;
    private final MatchingRepository matching;
    private final MatchingEvents events;

    public CandidatePools(CandidatePoolRepository pools, MatchingRepository matching, MatchingEvents events) {
        this.pools = pools;
        this.matching = matching;
        this.events = events;
    }

    public void onCycleCreated(EventEnvelope<CycleCreated> event) {
        if (pools.findByIdOptional(event.cycleId()).isEmpty()) {
            pools.persist(CandidatePool.forNewCycle(event.cycleId(), event.schoolId(), event.data().semester(), event.time()));
        }
    }

    public void onCycleConfigured(EventEnvelope<CycleConfigured> event) {
        var d = event.data();
        pool(event).configure(d.yearLevels(), d.eligibleMenteeYears(), d.mentorYearGapMin(), d.mentorYearGapMax(), d.mentorCapacity(),
                d.sameCampusRequired());
    }

    public void onApplicationSubmitted(EventEnvelope<ApplicationSubmitted> event) {
        var d = event.data();
        applied(event, d.participantId(), new Candidate.Profile(d.role(), d.yearLevel(), d.campus(), d.gender(), d.preferredPartnerGender(),
                d.helpAreas(), d.meetingMethods(), d.availability(), d.studyProfile() == null ? null : d.studyProfile().rhythm(),
                d.studyProfile() == null ? null : d.studyProfile().approach()));
    }

    public void onApplicationUpdated(EventEnvelope<ApplicationUpdated> event) {
        var d = event.data();
        applied(event, d.participantId(), new Candidate.Profile(d.role(), d.yearLevel(), d.campus(), d.gender(), d.preferredPartnerGender(),
                d.helpAreas(), d.meetingMethods(), d.availability(), d.studyProfile() == null ? null : d.studyProfile().rhythm(),
                d.studyProfile() == null ? null : d.studyProfile().approach()));
    }

    public void onApplicationWithdrawn(EventEnvelope<ApplicationWithdrawn> event) {
        String participant = event.data().participantId();
        matching.candidate(event.cycleId(), participant).filter(Candidate::withdraw).ifPresent(left -> pool(event).candidateLeft(left.role()));
        for (MatchPair pair : matching.activeOf(event.cycleId(), participant)) {
            boolean wasConfirmed = pair.status() == MatchPair.Status.CONFIRMED;
            pair.dissolve("the " + (pair.menteeId().equals(participant) ? "mentee" : "mentor") + " withdrew", event.time());
            if (wasConfirmed) {
                events.pairDissolved(pair);
            }
        }
    }

    /** Mutually chosen and eligible: fixed at once, before any run. */
    public void onPartnerRequestConfirmed(EventEnvelope<PartnerRequestConfirmed> event) {
        var d = event.data();
        boolean exists = matching.activeOf(event.cycleId(), d.menteeId()).stream().anyMatch(p -> p.mentorId().equals(d.mentorId()));
        if (exists) {
            return;
        }
        var breakdown = matching.candidate(event.cycleId(), d.menteeId())
                .flatMap(mentee -> matching.candidate(event.cycleId(), d.mentorId()).map(mentor -> CompatibilityScore.breakdown(mentee, mentor)))
                .orElse(java.util.Map.of());
        MatchPair pair = MatchPair.create(event.schoolId(), event.cycleId(), null, d.menteeId(), d.mentorId(), PairOrigin.SELF_CHOSEN,
                MatchPair.Status.CONFIRMED, breakdown, List.of(), event.time());
        matching.persist(pair);
        events.pairConfirmed(pair);
    }

    private void applied(EventEnvelope<?> event, String participantId, Candidate.Profile profile) {
        CandidatePool pool = pool(event);
        matching.candidate(event.cycleId(), participantId).ifPresentOrElse(candidate -> {
            if (!candidate.withdrawn()) {
                pool.candidateLeft(candidate.role());
            }
            candidate.update(profile);
        }, () -> matching.persistCandidate(Candidate.applied(event.cycleId(), participantId, event.schoolId(), profile)));
        pool.candidateJoined(profile.role());
    }

    private CandidatePool pool(EventEnvelope<?> event) {
        return pools.findByIdOptional(event.cycleId()).orElseGet(() -> {
            CandidatePool created = CandidatePool.forNewCycle(event.cycleId(), event.schoolId(), "unknown", Instant.EPOCH);
            pools.persist(created);
            return created;
        });
    }

    @Transactional
    public CandidatePool get(String schoolId, UUID cycleId) {
        return pools.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
    }
}
