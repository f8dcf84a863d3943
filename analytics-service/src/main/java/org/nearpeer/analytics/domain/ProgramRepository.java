package org.nearpeer.analytics.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The facts behind the program tables, and the grouped counts the tables are made of (computed
 * by PostgreSQL: a cycle has hundreds of rows, not millions, so reading them live is cheap).
 */
@ApplicationScoped
public class ProgramRepository {

    private final EntityManager em;
    private final KnownAbsent knownAbsent;

    public ProgramRepository(EntityManager em, KnownAbsent knownAbsent) {
        this.em = em;
        this.knownAbsent = knownAbsent;
    }

    public <T> Optional<T> find(Class<T> type, Object id) {
        if (knownAbsent.contains(type, id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(type, id));
    }

    public void persist(Object fact) {
        em.persist(fact);
        knownAbsent.created(fact.getClass(), em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(fact));
    }

    /** Loads, in one query, the participants of a batch's applications (see {@link KnownAbsent}). */
    public void prefetchParticipants(java.util.Collection<UUID> applicationIds) {
        knownAbsent.load(em, Participant.class, "participant", "application_id", applicationIds, Participant::applicationId);
    }

    public void save(SchoolSetting setting) {
        em.merge(setting);
    }

    /** A count per group, e.g. participants per role and year level. */
    public record GroupCount(String group, String role, long count) {
    }

    public List<GroupCount> participantsBy(UUID cycleId, String column) {
        if (!List.of("year_level", "gender", "role").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return groupCounts("select coalesce(" + column + ", 'UNDISCLOSED'), role, count(*) from participant"
                + " where cycle_id = ?1 and not withdrawn group by 1, 2 order by 1, 2", cycleId);
    }

    public List<GroupCount> respondentsByRole(UUID cycleId) {
        return groupCounts("select role, role, count(*) from counted_response where cycle_id = ?1 group by role", cycleId);
    }

    /** Invited mentees and mentors over the cycle's campaigns. */
    public long[] invited(UUID cycleId) {
        Object[] row = (Object[]) em.createNativeQuery(
                "select coalesce(sum(invited_mentees), 0), coalesce(sum(invited_mentors), 0) from campaign where cycle_id = ?1")
                .setParameter(1, cycleId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Pairs per origin; the role column carries "dissolved" or "active". */
    public List<GroupCount> pairsByOrigin(UUID cycleId) {
        return groupCounts("select origin, case when dissolved then 'dissolved' else 'active' end, count(*) from pair_record"
                + " where cycle_id = ?1 group by 1, 2", cycleId);
    }

    /** Meetings (not disputed) of every pair of the cycle, including pairs that never met. */
    public List<Long> meetingsPerPair(UUID cycleId) {
        return em.createNativeQuery("""
                select count(s.session_id) from pair_record p
                  left join logged_session s on s.pair_id = p.pair_id and s.status <> 'DISPUTED'
                where p.cycle_id = ?1 and (not p.dissolved or s.session_id is not null)
                group by p.pair_id""", Long.class).setParameter(1, cycleId).getResultList();
    }

    /** Sessions (not disputed) per value of method, location or activity; count and minutes. */
    public record SessionCount(String value, long sessions, long minutes) {
    }

    public List<SessionCount> sessionsBy(UUID cycleId, String dimension) {
        String expression = switch (dimension) {
            case "method" -> "method";
            case "location" -> "location";
            case "activity" -> "jsonb_array_elements_text(activities)";
            case "status" -> "status";
            default -> throw new IllegalArgumentException(dimension);
        };
        String disputedFilter = dimension.equals("status") ? "" : " and status <> 'DISPUTED'";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select value, count(*), coalesce(sum(minutes), 0) from (select " + expression
                + " as value, minutes from logged_session where cycle_id = ?1" + disputedFilter + ") s group by value order by value")
                .setParameter(1, cycleId).getResultList();
        return rows.stream().map(r -> new SessionCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
    }

    /** Mentors with confirmed time, their confirmed minutes, and the approved minutes. */
    public long[] volunteerTime(UUID cycleId) {
        Object[] confirmed = (Object[]) em.createNativeQuery("""
                select count(distinct p.mentor_id), coalesce(sum(s.minutes), 0) from logged_session s
                  join pair_record p on p.pair_id = s.pair_id where s.cycle_id = ?1 and s.status = 'CONFIRMED'""")
                .setParameter(1, cycleId).getSingleResult();
        Object[] approved = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(minutes), 0) from approved_hours where cycle_id = ?1")
                .setParameter(1, cycleId).getSingleResult();
        return new long[] {((Number) confirmed[0]).longValue(), ((Number) confirmed[1]).longValue(), ((Number) approved[0]).longValue(),
                ((Number) approved[1]).longValue()};
    }

    private List<GroupCount> groupCounts(String sql, UUID cycleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, cycleId).getResultList();
        return rows.stream().map(r -> new GroupCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }
}
