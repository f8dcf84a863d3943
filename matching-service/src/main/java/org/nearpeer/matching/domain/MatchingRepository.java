package org.nearpeer.matching.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Pairs, with the candidates and runs they come from. */
@ApplicationScoped
public class MatchingRepository implements PanacheRepositoryBase<MatchPair, UUID> {

    public Optional<Candidate> candidate(UUID cycleId, String participantId) {
        return Optional.ofNullable(getEntityManager().find(Candidate.class, new Candidate.Key(cycleId, participantId)));
    }

    public void persistCandidate(Candidate candidate) {
        getEntityManager().persist(candidate);
    }

    public List<Candidate> activeCandidates(UUID cycleId) {
        return getEntityManager().createQuery(
                "select c from Candidate c where c.cycleId = :cycle and c.withdrawn = false order by c.participantId", Candidate.class)
                .setParameter("cycle", cycleId).getResultList();
    }

    public List<MatchPair> withStatus(UUID cycleId, MatchPair.Status status) {
        return list("cycleId = ?1 and status = ?2", Sort.ascending("createdAt").and("id"), cycleId, status);
    }

    public List<MatchPair> inCycle(UUID cycleId, MatchPair.Status status) {
        return status == null ? list("cycleId", Sort.ascending("createdAt").and("id"), cycleId) : withStatus(cycleId, status);
    }

    public List<MatchPair> activeOf(UUID cycleId, String participantId) {
        return list("cycleId = ?1 and (menteeId = ?2 or mentorId = ?2) and status in ?3", cycleId, participantId,
                List.of(MatchPair.Status.PROPOSED, MatchPair.Status.CONFIRMED));
    }

    public Optional<MatchPair> findInSchool(String schoolId, UUID pairId) {
        return find("schoolId = ?1 and id = ?2", schoolId, pairId).firstResultOptional();
    }

    public void persistRun(MatchRun run) {
        getEntityManager().persist(run);
    }

    public Optional<MatchRun> run(String schoolId, UUID runId) {
        return getEntityManager().createQuery("select r from MatchRun r where r.schoolId = :s and r.id = :id", MatchRun.class)
                .setParameter("s", schoolId).setParameter("id", runId).getResultStream().findFirst();
    }

    public List<MatchRun> runs(UUID cycleId) {
        return getEntityManager().createQuery("select r from MatchRun r where r.cycleId = :c order by r.createdAt desc", MatchRun.class)
                .setParameter("c", cycleId).getResultList();
    }
}
