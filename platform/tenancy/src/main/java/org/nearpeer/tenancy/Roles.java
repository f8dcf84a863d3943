package org.nearpeer.tenancy;

/** Realm roles of the {@code nearpeer} Keycloak realm. */
public final class Roles {
    /** Own applications, own pair, own sessions, own survey responses. */
    public static final String STUDENT = "student";
    /** Everything of their own school. */
    public static final String COORDINATOR = "coordinator";
    /** Codes their own school's open survey answers (sees their text, nothing else). */
    public static final String CODER = "coder";
    /** Aggregated feeds across schools; never row-level data. */
    public static final String RESEARCHER = "researcher";
    /** Platform operation: schools and coordinators. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
