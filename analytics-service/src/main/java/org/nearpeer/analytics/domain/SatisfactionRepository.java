package org.nearpeer.analytics.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Likert cells, with the instruments and counted responses that feed them. */
@ApplicationScoped
public class SatisfactionRepository implements PanacheRepositoryBase<LikertCell, LikertCell.Key> {

    public Optional<SurveyInstrument> instrument(UUID instrumentId) {
        return Optional.ofNullable(getEntityManager().find(SurveyInstrument.class, instrumentId));
    }

    public void save(SurveyInstrument instrument) {
        getEntityManager().merge(instrument);
    }

    public Optional<CountedResponse> counted(UUID responseId) {
        return Optional.ofNullable(getEntityManager().find(CountedResponse.class, responseId));
    }

    public void persistCounted(CountedResponse response) {
        getEntityManager().persist(response);
    }

    public void removeCounted(CountedResponse response) {
        getEntityManager().remove(response);
    }

    public LikertCell cell(String schoolId, UUID cycleId, String itemId, org.nearpeer.events.vocabulary.ParticipantRole role) {
        LikertCell cell = getEntityManager().find(LikertCell.class, new LikertCell.Key(cycleId, itemId, role));
        if (cell == null) {
            cell = new LikertCell(schoolId, cycleId, itemId, role);
            persist(cell);
        }
        return cell;
    }

    public List<LikertCell> cells(UUID cycleId) {
        return list("cycleId = ?1 order by itemId, role", cycleId);
    }
}
