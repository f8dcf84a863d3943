package org.nearpeer.session.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MentoringSessionRepository implements PanacheRepositoryBase<MentoringSession, UUID> {

    public List<MentoringSession> ofPair(UUID pairId, int pageIndex, int pageSize) {
        return find("pairId", Sort.descending("date", "startTime").and("id"), pairId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countOfPair(UUID pairId) {
        return count("pairId", pairId);
    }

    public List<MentoringSession> sameDay(UUID pairId, java.time.LocalDate date) {
        return list("pairId = ?1 and date = ?2", pairId, date);
    }

    public Optional<MentoringSession> findInPair(UUID pairId, UUID sessionId) {
        return find("pairId = ?1 and id = ?2", pairId, sessionId).firstResultOptional();
    }

    /** Confirmed minutes and sessions per mentor in a cycle: [mentorId, minutes, sessions]. */
    public List<Object[]> confirmedByMentor(UUID cycleId) {
        return getEntityManager().createQuery("""
                select p.mentorId, sum(s.minutes), count(s) from MentoringSession s, MentoringPair p
                where s.pairId = p.id and s.cycleId = :cycle and s.status = :confirmed
                group by p.mentorId order by p.mentorId""", Object[].class)
                .setParameter("cycle", cycleId).setParameter("confirmed", SessionStatus.CONFIRMED).getResultList();
    }
}
