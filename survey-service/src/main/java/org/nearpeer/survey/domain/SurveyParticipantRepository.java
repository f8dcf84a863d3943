package org.nearpeer.survey.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SurveyParticipantRepository implements PanacheRepositoryBase<SurveyParticipant, SurveyParticipant.Key> {

    public Optional<SurveyParticipant> find(UUID cycleId, String participantId) {
        return Optional.ofNullable(getEntityManager().find(SurveyParticipant.class, new SurveyParticipant.Key(cycleId, participantId)));
    }

    public List<SurveyParticipant> active(UUID cycleId) {
        return list("cycleId = ?1 and withdrawn = false", cycleId);
    }
}
