package org.nearpeer.matching.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.events.EventEnvelope;
import org.nearpeer.events.enrollment.CycleCreated;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.matching.domain.CandidatePool;
import org.nearpeer.matching.domain.CandidatePoolRepository;

/** Keeps each cycle's candidate pool from enrollment events, and reads it for coordinators. */
@ApplicationScoped
public class CandidatePools {

    private final CandidatePoolRepository pools;

    public CandidatePools(CandidatePoolRepository pools) {
        this.pools = pools;
    }

    /** Runs inside the consumer's dedupe transaction. */
    public void onCycleCreated(EventEnvelope<CycleCreated> event) {
        if (pools.findByIdOptional(event.cycleId()).isEmpty()) {
            pools.persist(CandidatePool.forNewCycle(event.cycleId(), event.schoolId(), event.data().semester(), event.time()));
        }
    }

    @Transactional
    public CandidatePool get(String schoolId, UUID cycleId) {
        return pools.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
    }
}
