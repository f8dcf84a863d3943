package org.nearpeer.analytics.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Likert cells, with the instruments and counted responses that feed them. */
@ApplicationScoped
public class SatisfactionRepository implements PanacheRepositoryBase<LikertCell, LikertCell.Key> {

    private final KnownAbsent knownAbsent;

    public SatisfactionRepository(KnownAbsent knownAbsent) {
        this.knownAbsent = knownAbsent;
    }

    public Optional<SurveyInstrument> instrument(UUID instrumentId) {
        return Optional.ofNullable(getEntityManager().find(SurveyInstrument.class, instrumentId));
    }

    public void save(SurveyInstrument instrument) {
        getEntityManager().merge(instrument);
    }

    /**
     * Loads, in two queries, the counted responses and tombstones of a batch's responses, so that
     * {@link #counted} and {@link #isErased} answer from memory for each of them.
     */
    public void prefetch(java.util.Collection<UUID> responseIds) {
        knownAbsent.load(getEntityManager(), CountedResponse.class, "counted_response", "response_id", responseIds, CountedResponse::responseId);
        knownAbsent.load(getEntityManager(), ErasedResponse.class, "erased_response", "response_id", responseIds, ErasedResponse::responseId);
    }

    public Optional<CountedResponse> counted(UUID responseId) {
        if (knownAbsent.contains(CountedResponse.class, responseId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(getEntityManager().find(CountedResponse.class, responseId));
    }

    public void persistCounted(CountedResponse response) {
        getEntityManager().persist(response);
        knownAbsent.created(CountedResponse.class, response.responseId());
    }

    public boolean isErased(UUID responseId) {
        return !knownAbsent.contains(ErasedResponse.class, responseId) && getEntityManager().find(ErasedResponse.class, responseId) != null;
    }

    public void markErased(ErasedResponse erased) {
        getEntityManager().persist(erased);
        knownAbsent.created(ErasedResponse.class, erased.responseId());
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

    public ChoiceCell choiceCell(String schoolId, UUID cycleId, String itemId, org.nearpeer.events.vocabulary.ParticipantRole role, String option) {
        ChoiceCell cell = getEntityManager().find(ChoiceCell.class, new ChoiceCell.Key(cycleId, itemId, role, option));
        if (cell == null) {
            cell = new ChoiceCell(schoolId, cycleId, itemId, role, option);
            getEntityManager().persist(cell);
        }
        return cell;
    }

    public List<ChoiceCell> choiceCells(UUID cycleId) {
        return getEntityManager().createQuery("select c from ChoiceCell c where c.cycleId = :c order by c.itemId, c.role, c.option", ChoiceCell.class)
                .setParameter("c", cycleId).getResultList();
    }

    /** Counted respondents of a role in a cycle: the denominator of "percent of respondents". */
    public long respondents(UUID cycleId, org.nearpeer.events.vocabulary.ParticipantRole role) {
        return getEntityManager().createQuery("select count(r) from CountedResponse r where r.cycleId = :c and r.role = :r", Long.class)
                .setParameter("c", cycleId).setParameter("r", role).getSingleResult();
    }

    /** Options of the choice items, from the instruments used in a cycle's responses. */
    public List<SurveyInstrument> instrumentsOfCycle(UUID cycleId) {
        return getEntityManager().createQuery("""
                select i from SurveyInstrument i where i.instrumentId in
                  (select distinct r.instrumentId from CountedResponse r where r.cycleId = :c)""", SurveyInstrument.class)
                .setParameter("c", cycleId).getResultList();
    }

    /** A cell with the semester of its cycle. */
    public record SemesterCell(String semester, UUID cycleId, LikertCell cell) {
    }

    /** Cells of the cycles analytics knows, oldest semester first; row-level security limits them to the caller's school. */
    public List<SemesterCell> cellsBySemester(String itemId) {
        var query = getEntityManager().createQuery("select o.semester, o.cycleId, c from LikertCell c, CycleOverview o where o.cycleId = c.cycleId"
                + (itemId == null ? "" : " and c.itemId = :item") + " order by o.applicationOpensOn, c.itemId, c.role", Object[].class);
        if (itemId != null) {
            query.setParameter("item", itemId);
        }
        return query.getResultList().stream()
                .map(r -> new SemesterCell((String) r[0], (UUID) r[1], (LikertCell) r[2])).toList();
    }

    public List<LikertCell> cells(UUID cycleId) {
        return list("cycleId = ?1 order by itemId, role", cycleId);
    }
}
