package org.nearpeer.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The school that database work on this thread is for, when it is not the caller's own: an event
 * consumer works for the event's school, a platform or research query across all schools. The
 * value reaches PostgreSQL row-level security through {@link SchoolScopedConnections}; set it
 * before the transaction starts.
 */
public final class SchoolContext {

    /** Row-level security lets this value see every school: only for admin and aggregate reads. */
    public static final String ALL_SCHOOLS = "*";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SchoolContext() {
    }

    public static <T> T callAs(String schoolId, Supplier<T> work) {
        Objects.requireNonNull(schoolId, "schoolId");
        String previous = CURRENT.get();
        CURRENT.set(schoolId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(String schoolId, Runnable work) {
        callAs(schoolId, () -> {
            work.run();
            return null;
        });
    }

    /** For platform administration and cross-school aggregates only. */
    public static <T> T callAcrossSchools(Supplier<T> work) {
        return callAs(ALL_SCHOOLS, work);
    }

    static Optional<String> explicit() {
        return Optional.ofNullable(CURRENT.get());
    }
}
