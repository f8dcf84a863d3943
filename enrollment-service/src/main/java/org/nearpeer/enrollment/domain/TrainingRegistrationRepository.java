package org.nearpeer.enrollment.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TrainingRegistrationRepository implements PanacheRepositoryBase<TrainingRegistration, TrainingRegistration.Key> {

    public long countInSession(UUID sessionId) {
        return count("sessionId", sessionId);
    }

    public Optional<TrainingRegistration> find(UUID sessionId, String participantId) {
        return Optional.ofNullable(getEntityManager().find(TrainingRegistration.class, new TrainingRegistration.Key(sessionId, participantId)));
    }
}
