package org.nearpeer.session.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.http.problem.AccessDeniedException;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.session.domain.MentoringPair;
import org.nearpeer.session.domain.MentoringPairRepository;

/** Loads a pair for a caller: coordinators see their school's pairs, students only their own. */
@ApplicationScoped
public class PairAccess {

    /** Who asks. */
    public record Caller(String schoolId, String userId, boolean coordinator) {
    }

    private final MentoringPairRepository pairs;

    public PairAccess(MentoringPairRepository pairs) {
        this.pairs = pairs;
    }

    public MentoringPair visible(Caller caller, UUID pairId) {
        return pairs.findInSchool(caller.schoolId(), pairId)
                .filter(pair -> caller.coordinator() || pair.isMember(caller.userId()))
                .orElseThrow(() -> new ResourceNotFoundException("pair", pairId));
    }

    /** The pair, for something only its partners do (sign, log, confirm). */
    public MentoringPair asPartner(Caller caller, UUID pairId) {
        MentoringPair pair = visible(caller, pairId);
        if (!pair.isMember(caller.userId())) {
            throw new AccessDeniedException("partners-only", "Only the mentor and the mentee of this pair can do this.");
        }
        return pair;
    }
}
