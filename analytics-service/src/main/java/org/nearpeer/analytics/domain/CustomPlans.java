package org.nearpeer.analytics.domain;

import jakarta.persistence.EntityManager;

/**
 * Runs a batch look-up with a plan made for its actual arguments. PostgreSQL settles on one
 * generic plan for a prepared statement after a few runs; a rebuild starts from empty tables, so
 * that plan is a sequential scan, which it would keep while the table grows to millions of rows.
 */
final class CustomPlans {

    private CustomPlans() {
    }

    static void around(EntityManager em, Runnable lookups) {
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        try {
            lookups.run();
        } finally {
            em.createNativeQuery("select set_config('plan_cache_mode', 'auto', true)").getSingleResult();
        }
    }
}
