package org.nearpeer.session.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MentoringPairRepository implements PanacheRepositoryBase<MentoringPair, UUID> {

    private static final String OF_SCHOOL = "schoolId = ?1";
    private static final String OF_PARTICIPANT = "schoolId = ?1 and (mentorId = ?2 or menteeId = ?2)";

    public List<MentoringPair> listInSchool(String schoolId, int pageIndex, int pageSize) {
        return find(OF_SCHOOL, Sort.descending("formedAt").and("id"), schoolId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countInSchool(String schoolId) {
        return count(OF_SCHOOL, schoolId);
    }

    public List<MentoringPair> listOfParticipant(String schoolId, String userId, int pageIndex, int pageSize) {
        return find(OF_PARTICIPANT, Sort.descending("formedAt").and("id"), schoolId, userId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countOfParticipant(String schoolId, String userId) {
        return count(OF_PARTICIPANT, schoolId, userId);
    }

    public Optional<MentoringPair> findInSchool(String schoolId, UUID pairId) {
        return find("schoolId = ?1 and id = ?2", schoolId, pairId).firstResultOptional();
    }

    /** Active pairs of a cycle whose last non-disputed session (or formation) is before the given day. */
    public List<MentoringPair> quietSince(UUID cycleId, LocalDate before) {
        return getEntityManager().createQuery("""
                select p from MentoringPair p where p.cycleId = :cycle and p.status = 'ACTIVE'
                  and coalesce((select max(s.date) from MentoringSession s where s.pairId = p.id and s.status <> :disputed),
                               cast(p.formedAt as LocalDate)) < :before
                order by p.formedAt, p.id""", MentoringPair.class)
                .setParameter("cycle", cycleId).setParameter("disputed", SessionStatus.DISPUTED).setParameter("before", before)
                .getResultList();
    }

    public Optional<LocalDate> lastMet(UUID pairId) {
        return Optional.ofNullable(getEntityManager().createQuery(
                "select max(s.date) from MentoringSession s where s.pairId = :pair and s.status <> :disputed", LocalDate.class)
                .setParameter("pair", pairId).setParameter("disputed", SessionStatus.DISPUTED).getSingleResult());
    }

    public List<UUID> cyclesWithActivePairs() {
        return getEntityManager().createQuery("select distinct p.cycleId from MentoringPair p where p.status = 'ACTIVE'", UUID.class)
                .getResultList();
    }
}
