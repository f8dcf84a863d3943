package org.nearpeer.testing;

import java.util.HashMap;
import java.util.Map;

import org.nearpeer.stack.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource: points the service under test at the JVM's shared real PostgreSQL (a
 * database named after the service, recreated empty once per JVM) and the real Kafka broker.
 * Use it with {@code @QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)}
 * or through {@link NearpeerServiceTest}.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Boolean> CREATED = new HashMap<>();
    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = SharedServers.postgres();
        synchronized (CREATED) {
            if (CREATED.putIfAbsent(database, true) == null) {
                postgres.recreateDatabase(database);
            }
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", PostgresServer.APP_USER);
        config.put("quarkus.datasource.password", PostgresServer.APP_PASSWORD);
        config.put("kafka.bootstrap.servers", SharedServers.kafka().bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // The servers outlive Quarkus restarts between test classes; SharedServers stops them at JVM exit.
    }
}
