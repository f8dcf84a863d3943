package org.nearpeer.enrollment.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.nearpeer.events.vocabulary.TrainingTrack;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TrainingSessionRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    public Optional<TrainingSession> findInCycle(UUID cycleId, UUID sessionId) {
        return find("cycleId = ?1 and id = ?2", cycleId, sessionId).firstResultOptional();
    }

    /** Locks the session row so concurrent registrations cannot overfill it. */
    public Optional<TrainingSession> findInCycleForUpdate(UUID cycleId, UUID sessionId) {
        return find("cycleId = ?1 and id = ?2", cycleId, sessionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<TrainingSession> list(UUID cycleId, TrainingTrack track, int pageIndex, int pageSize) {
        return (track == null ? find("cycleId", Sort.ascending("startsAt"), cycleId)
                : find("cycleId = ?1 and track = ?2", Sort.ascending("startsAt"), cycleId, track)).page(Page.of(pageIndex, pageSize)).list();
    }

    public long count(UUID cycleId, TrainingTrack track) {
        return track == null ? count("cycleId", cycleId) : count("cycleId = ?1 and track = ?2", cycleId, track);
    }
}
