package org.nearpeer.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a service whose database has a tenant-owned table (one with a
 * {@code school_id} column) without forced row-level security and a policy: a migration that
 * forgets {@code nearpeer_isolate_by_school(...)} fails at start, not in production data.
 */
@ApplicationScoped
public class TenantTablesGuard {

    /** Read across schools by the outbox relay only; no API serves it. */
    static final Set<String> EXEMPT = Set.of("outbox_event");

    private final AgroalDataSource dataSource;

    public TenantTablesGuard(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> unprotected = unprotectedTenantTables();
        if (!unprotected.isEmpty()) {
            throw new IllegalStateException("Tenant-owned tables without forced row-level security: " + unprotected
                    + ". Add select nearpeer_isolate_by_school('<table>'); to a migration.");
        }
    }

    public List<String> unprotectedTenantTables() {
        String sql = """
                select c.relname, c.relrowsecurity and c.relforcerowsecurity as forced,
                       exists (select 1 from pg_policy p where p.polrelid = c.oid) as has_policy
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                  and exists (select 1 from pg_attribute a
                              where a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped)
                order by c.relname""";
        List<String> unprotected = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!EXEMPT.contains(table) && !(rs.getBoolean(2) && rs.getBoolean(3))) {
                    unprotected.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the tenant tables", e);
        }
        return unprotected;
    }
}
