package org.nearpeer.analytics.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.nearpeer.analytics.domain.stats.LevelCounts;

/**
 * Reads Likert items (both roles of a cycle's item together) in change order, for incremental
 * research feeds. Only changes older than every running transaction are served, so a change that
 * commits late is never skipped by a cursor (see V6).
 */
@ApplicationScoped
public class FeedRepository {

    private final EntityManager em;

    public FeedRepository(EntityManager em) {
        this.em = em;
    }

    /** A position in the feed: after this change of this item. */
    public record Position(long version, UUID cycleId, String itemId) {
        public static final Position START = new Position(-1, new UUID(0, 0), "");
    }

    public record FeedItem(Position position, String schoolId, String semester, LevelCounts mentors, LevelCounts mentees) {
    }

    /**
     * @param school   only this school, or null for all schools the transaction may see
     * @param semester only this semester, or null
     */
    public List<FeedItem> after(Position after, String school, String semester, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select max(c.version), c.cycle_id, c.item_id, c.school_id, o.semester,
                       max(case when c.role = 'MENTOR' then c.counts::text end),
                       max(case when c.role = 'MENTEE' then c.counts::text end)
                from likert_cell c left join cycle_overview o on o.cycle_id = c.cycle_id
                where (cast(?2 as varchar) is null or c.school_id = ?2) and (cast(?3 as varchar) is null or o.semester = ?3)
                group by c.cycle_id, c.item_id, c.school_id, o.semester
                having max(c.version) < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                   and (max(c.version), c.cycle_id, c.item_id) > (?1, ?4, ?5)
                order by 1, 2, 3
                limit ?6""")
                .setParameter(1, after.version()).setParameter(2, school).setParameter(3, semester)
                .setParameter(4, after.cycleId()).setParameter(5, after.itemId()).setParameter(6, limit)
                .getResultList();
        return rows.stream().map(r -> new FeedItem(new Position(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2]), (String) r[3],
                (String) r[4], counts((String) r[5]), counts((String) r[6]))).toList();
    }

    /** Suppression thresholds of the schools that registered one. */
    public Map<String, Integer> thresholds() {
        Map<String, Integer> thresholds = new HashMap<>();
        em.createQuery("select s from SchoolSetting s", SchoolSetting.class).getResultList()
                .forEach(s -> thresholds.put(s.schoolId(), s.suppressionThreshold()));
        return thresholds;
    }

    private static LevelCounts counts(String json) {
        if (json == null) {
            return new LevelCounts(5);
        }
        String[] parts = json.replaceAll("[\\[\\] ]", "").split(",");
        long[] counts = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            counts[i] = Long.parseLong(parts[i]);
        }
        return LevelCounts.of(counts);
    }
}
