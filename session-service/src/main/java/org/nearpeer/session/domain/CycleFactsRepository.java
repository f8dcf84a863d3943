package org.nearpeer.session.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Cycles and completed trainings, as learned from enrollment events. */
@ApplicationScoped
public class CycleFactsRepository implements PanacheRepositoryBase<SessionCycle, UUID> {

    public SessionCycle cycle(UUID cycleId, String schoolId) {
        return findByIdOptional(cycleId).orElseGet(() -> {
            SessionCycle created = SessionCycle.of(cycleId, schoolId);
            persist(created);
            return created;
        });
    }

    public Optional<SessionCycle> known(UUID cycleId) {
        return findByIdOptional(cycleId);
    }

    public void trained(UUID cycleId, String participantId, String schoolId) {
        if (!isTrained(cycleId, participantId)) {
            getEntityManager().persist(new TrainedParticipant(cycleId, participantId, schoolId));
        }
    }

    public boolean isTrained(UUID cycleId, String participantId) {
        return getEntityManager().find(TrainedParticipant.class, new TrainedParticipant.Key(cycleId, participantId)) != null;
    }

    public Optional<HoursApproval> approval(UUID cycleId, String mentorId) {
        return Optional.ofNullable(getEntityManager().find(HoursApproval.class, new HoursApproval.Key(cycleId, mentorId)));
    }

    public void persistApproval(HoursApproval approval) {
        getEntityManager().persist(approval);
    }
}
