package org.nearpeer.analytics.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** Of the ids looked up, those not found are absent (until {@link #created}). */
    public void lookedUp(Class<?> type, Collection<?> requested, Collection<?> found) {
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
