package org.nearpeer.enrollment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RosterRepository implements PanacheRepositoryBase<RosterEntry, RosterEntry.Key> {

    /** Whether any student is on the cycle's roster (one index probe, not a count of them all). */
    public boolean hasRoster(UUID cycleId) {
        return !getEntityManager().createQuery("select 1 from RosterEntry where cycleId = ?1", Integer.class).setParameter(1, cycleId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<RosterEntry> find(UUID cycleId, String email) {
        return Optional.ofNullable(getEntityManager().find(RosterEntry.class, new RosterEntry.Key(cycleId, email)));
    }

    public List<RosterEntry> list(UUID cycleId, int pageIndex, int pageSize) {
        return find("cycleId", Sort.ascending("email"), cycleId).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countInCycle(UUID cycleId) {
        return count("cycleId", cycleId);
    }

    /** A stored upload answer, for replays of the same Idempotency-Key. */
    public record StoredUpload(String requestHash, String response) {
    }

    public Optional<StoredUpload> upload(String schoolId, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select request_hash, cast(response as text) from roster_upload where school_id = ?1 and idempotency_key = ?2")
                .setParameter(1, schoolId).setParameter(2, idempotencyKey).getResultList();
        return rows.stream().findFirst().map(row -> new StoredUpload((String) row[0], (String) row[1]));
    }

    public void recordUpload(String schoolId, String idempotencyKey, UUID cycleId, String requestHash, String response, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into roster_upload (school_id, idempotency_key, cycle_id, request_hash, response, created_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)""")
                .setParameter(1, schoolId).setParameter(2, idempotencyKey).setParameter(3, cycleId).setParameter(4, requestHash)
                .setParameter(5, response).setParameter(6, now).executeUpdate();
    }
}
