package org.nearpeer.analytics.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Ids the current transaction has established do not exist yet (a batch looked them up in one
 * query), so that looking one up again costs no round trip: {@code EntityManager.find} serves rows
 * it loaded from its persistence context but asks the database again for every missing one, and
 * in a replay almost every row is missing. Bound to the JTA transaction and gone with it; outside
 * a transaction nothing is known absent.
 */
@ApplicationScoped
public class KnownAbsent {

    private static final Object KEY = KnownAbsent.class;

    private final TransactionSynchronizationRegistry transactions;

    public KnownAbsent(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * Loads the rows of a batch's ids in one statement into the persistence context, and records
     * the ids not found as absent. {@code = any(array)} is one statement whatever the batch size (an
     * IN list is translated anew for each size), planned for its actual argument: PostgreSQL would
     * otherwise settle on one generic plan after a few runs, and a rebuild starts from empty tables,
     * so that plan is a sequential scan it keeps while the table grows (0.5 s a batch at 100,000 rows).
     */
    public <T> void load(EntityManager em, Class<T> entity, String table, String idColumn, Collection<UUID> ids, Function<T, UUID> idOf) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> distinct = List.copyOf(new HashSet<>(ids));
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        try {
            List<?> rows = em.createNativeQuery("select * from " + table + " where " + idColumn + " = any(?1)", entity)
                    .setParameter(1, distinct.toArray(UUID[]::new)).getResultList();
            lookedUp(entity, distinct, rows.stream().map(row -> idOf.apply(entity.cast(row))).toList());
        } finally {
            em.createNativeQuery("select set_config('plan_cache_mode', 'auto', true)").getSingleResult();
        }
    }

    /** Of the ids looked up, those not found are absent (until {@link #created}). */
    private void lookedUp(Class<?> type, Collection<?> requested, Collection<?> found) {
        Map<Class<?>, Set<Object>> absent = absentInTransaction(true);
        if (absent == null) {
            return;
        }
        Set<Object> ids = absent.computeIfAbsent(type, t -> new HashSet<>());
        ids.addAll(requested);
        found.forEach(ids::remove);
    }

    public boolean contains(Class<?> type, Object id) {
        Map<Class<?>, Set<Object>> absent = absentInTransaction(false);
        return absent != null && absent.getOrDefault(type, Set.of()).contains(id);
    }

    public void created(Class<?> type, Object id) {
        Map<Class<?>, Set<Object>> absent = absentInTransaction(false);
        if (absent != null && absent.containsKey(type)) {
            absent.get(type).remove(id);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Class<?>, Set<Object>> absentInTransaction(boolean create) {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Map<Class<?>, Set<Object>> absent = (Map<Class<?>, Set<Object>>) transactions.getResource(KEY);
        if (absent == null && create) {
            absent = new HashMap<>();
            transactions.putResource(KEY, absent);
        }
        return absent;
    }
}
