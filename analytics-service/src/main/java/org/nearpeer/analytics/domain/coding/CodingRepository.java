package org.nearpeer.analytics.domain.coding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Open answers, codings and codebooks. Row-level security scopes every query to the school of the
 * transaction (the caller's, or the event's).
 */
@ApplicationScoped
public class CodingRepository {

    private final EntityManager em;

    public CodingRepository(EntityManager em) {
        this.em = em;
    }

    public <T> Optional<T> find(Class<T> type, Object id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public List<OpenAnswer> answersOfResponse(UUID responseId) {
        return em.createQuery("select a from OpenAnswer a where a.responseId = :r", OpenAnswer.class).setParameter("r", responseId).getResultList();
    }

    public void deleteCodings(UUID answerId) {
        em.createQuery("delete from Coding c where c.answerId = :a").setParameter("a", answerId).executeUpdate();
    }

    public List<Coding> codings(UUID answerId) {
        return em.createQuery("select c from Coding c where c.answerId = :a order by c.coderId", Coding.class).setParameter("a", answerId)
                .getResultList();
    }

    /** The coder's claim still open, if any (a coder works on one answer at a time). */
    public Optional<Coding> openClaim(String coderId, Instant now) {
        return em.createQuery("select c from Coding c where c.coderId = :me and c.submittedAt is null and c.expiresAt > :now", Coding.class)
                .setParameter("me", coderId).setParameter("now", now).getResultStream().findFirst();
    }

    public void dropExpiredClaims(Instant now) {
        em.createQuery("delete from Coding c where c.submittedAt is null and c.expiresAt <= :now").setParameter("now", now).executeUpdate();
    }

    /**
     * The oldest queued answer this coder has not coded that still needs a coder, locked so no
     * other coder gets it at the same time (others skip it and take the next).
     */
    public Optional<OpenAnswer> nextForCoder(String coderId, UUID cycleId) {
        var query = em.createNativeQuery("""
                select a.answer_id from open_answer a
                where a.status = 'QUEUED'""" + (cycleId == null ? "" : " and a.cycle_id = ?2") + """
                  and not exists (select 1 from coding c where c.answer_id = a.answer_id and c.coder_id = ?1)
                  and (select count(*) from coding c where c.answer_id = a.answer_id) < case when a.double_coded then 2 else 1 end
                order by a.received_at, a.answer_id
                limit 1
                for update of a skip locked""").setParameter(1, coderId);
        if (cycleId != null) {
            query.setParameter(2, cycleId);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids.stream().findFirst().map(id -> em.find(OpenAnswer.class, id));
    }

    public List<OpenAnswer> answers(UUID cycleId, AnswerStatus status, String itemId, boolean flaggedOnly, int page, int size) {
        return em.createQuery("""
                select a from OpenAnswer a where (:cycle is null or a.cycleId = :cycle) and (:status is null or a.status = :status)
                  and (:item is null or a.itemId = :item) and (:flagged = false or a.flagged = true)
                order by a.receivedAt, a.answerId""", OpenAnswer.class)
                .setParameter("cycle", cycleId).setParameter("status", status).setParameter("item", itemId).setParameter("flagged", flaggedOnly)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countAnswers(UUID cycleId, AnswerStatus status, String itemId, boolean flaggedOnly) {
        return em.createQuery("""
                select count(a) from OpenAnswer a where (:cycle is null or a.cycleId = :cycle) and (:status is null or a.status = :status)
                  and (:item is null or a.itemId = :item) and (:flagged = false or a.flagged = true)""", Long.class)
                .setParameter("cycle", cycleId).setParameter("status", status).setParameter("item", itemId).setParameter("flagged", flaggedOnly)
                .getSingleResult();
    }

    public List<OpenAnswer> coded(UUID cycleId) {
        return em.createQuery("select a from OpenAnswer a where a.cycleId = :c and a.status = :s order by a.receivedAt", OpenAnswer.class)
                .setParameter("c", cycleId).setParameter("s", AnswerStatus.CODED).getResultList();
    }

    /** Answers both of whose coders submitted, with their codings: the material of agreement. */
    public List<Coding> submittedDoubleCodings(UUID cycleId) {
        return em.createQuery("""
                select c from Coding c, OpenAnswer a where a.answerId = c.answerId and a.doubleCoded = true and c.submittedAt is not null
                  and (:cycle is null or a.cycleId = :cycle) order by c.answerId, c.coderId""", Coding.class)
                .setParameter("cycle", cycleId).getResultList();
    }

    public List<CodebookCode> codebook() {
        return em.createQuery("select c from CodebookCode c order by c.codeKey", CodebookCode.class).getResultList();
    }

    public Optional<CodebookVersion> latestVersion() {
        return em.createQuery("select v from CodebookVersion v order by v.version desc", CodebookVersion.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<CodebookVersion> versions() {
        return em.createQuery("select v from CodebookVersion v order by v.version", CodebookVersion.class).getResultList();
    }

    /** Coded answers with the semester of their cycle (null while the cycle is not known yet), oldest semester first. */
    public List<Object[]> codedWithSemester() {
        return em.createQuery("""
                select o.semester, o.applicationOpensOn, a from OpenAnswer a
                  left join org.nearpeer.analytics.domain.CycleOverview o on o.cycleId = a.cycleId
                where a.status = :s order by o.applicationOpensOn nulls last, a.receivedAt""", Object[].class)
                .setParameter("s", AnswerStatus.CODED).getResultList();
    }
}
