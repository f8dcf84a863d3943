package org.nearpeer.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;

/**
 * Tells PostgreSQL, on every connection taken from the pool, which school the work is for
 * ({@code nearpeer.school}); row-level security policies on every tenant-owned table compare it
 * with {@code school_id}, so a query that forgets its {@code WHERE school_id = …} still sees no
 * other school's rows. The school is the explicit {@link SchoolContext}, else the caller's token;
 * with neither, it is empty and tenant tables look empty.
 */
@ApplicationScoped
public class SchoolScopedConnections implements AgroalPoolInterceptor {

    static final String SETTING = "nearpeer.school";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SchoolScopedConnections.class);

    @Override
    public void onConnectionAcquire(Connection connection) {
        set(connection, currentSchool());
    }

    /**
     * Clears the school when the connection goes back to the pool — defence in depth, since every
     * acquisition sets it again. A connection whose server went away cannot be cleared; it is
     * broken and the pool discards it, so that is not an error.
     */
    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            set(connection, "");
        } catch (IllegalStateException brokenConnection) {
            LOG.debugf("Could not clear the school on a returned connection: %s", brokenConnection.getCause());
        }
    }

    private static String currentSchool() {
        return SchoolContext.explicit().orElseGet(SchoolScopedConnections::callersSchool);
    }

    private static String callersSchool() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return "";
        }
        try (InstanceHandle<CurrentCaller> caller = Arc.container().instance(CurrentCaller.class)) {
            return caller.get().school().orElse("");
        } catch (RuntimeException e) {
            return ""; // no identity on this request: fail closed
        }
    }

    private static void set(Connection connection, String school) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('" + SETTING + "', ?, false)")) {
            statement.setString(1, school);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the school on a database connection", e);
        }
    }
}
