package org.nearpeer.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine, from real servers: PostgreSQL (one database per service),
 * a Kafka KRaft broker, Keycloak, then the five packaged services (prod profile) and the portal
 * on the admin UI port. Stops in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final PidFiles pidFiles;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private final Map<NearpeerService, ManagedProcess> services = new EnumMap<>(NearpeerService.class);
    private Portal portal;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
        this.pidFiles = new PidFiles(settings.dataDirectory());
    }

    public static LocalStack start(StackSettings settings, Progress progress) throws IOException {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startAll(progress);
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Progress progress) throws IOException {
        checkBuilt();
        Files.createDirectories(settings.logs());

        progress.step("PostgreSQL on port " + settings.port(Component.POSTGRES));
        postgres = PostgresServer.start(settings.dataDirectory().resolve("postgres"), settings.port(Component.POSTGRES));
        postgres.ensureDatabase("keycloak");
        for (NearpeerService service : NearpeerService.values()) {
            postgres.ensureDatabase(service.database());
        }
        progress.done("ready, databases: keycloak, " + String.join(", ", databases()));

        progress.step("Kafka (KRaft) on port " + settings.port(Component.KAFKA));
        kafka = KafkaBroker.start(settings.dataDirectory().resolve("kafka"), settings.kafkaLibs(), settings.javaHome(),
                settings.port(Component.KAFKA), settings.port(Component.KAFKA_CONTROLLER), pidFiles, progress);
        progress.done("ready");

        progress.step("Keycloak on port " + settings.port(Component.KEYCLOAK) + " (first start builds, ~1 min)");
        keycloak = KeycloakServer.start(settings.keycloakDistribution(), settings.realmFile(), settings.logs(), settings.javaHome(),
                settings.port(Component.KEYCLOAK), settings.port(Component.KEYCLOAK_MANAGEMENT), postgres.jdbcUrl("keycloak"),
                settings.url(Component.ADMIN_UI), pidFiles, progress);
        progress.done("ready, realm " + KeycloakServer.REALM);

        progress.step("services");
        for (NearpeerService service : NearpeerService.values()) {
            services.put(service, startService(service));
        }
        for (NearpeerService service : NearpeerService.values()) {
            Readiness.await(service.module(), services.get(service), Duration.ofSeconds(180),
                    () -> Readiness.httpOk(serviceUrl(service) + "/q/health/ready"), progress);
        }
        progress.done("ready: " + String.join(", ", services.keySet().stream().map(NearpeerService::displayName).toList()));

        portal = Portal.start(settings);
    }

    /** Fault injection: PostgreSQL stops as with {@code pg_ctl stop -m immediate}; {@link #startPostgres()} brings it back. */
    public void stopPostgresImmediately() {
        postgres.stopImmediately();
    }

    /** Starts PostgreSQL again on the same data directory and port (crash recovery after an immediate stop). */
    public void startPostgres() throws IOException {
        postgres = PostgresServer.start(postgres.dataDirectory(), settings.port(Component.POSTGRES));
    }

    /** Fault injection: {@code kill -9} one service; {@link #restartService} starts it again. */
    public void killService(NearpeerService service) {
        services.get(service).kill();
    }

    /** Starts one service again, e.g. after a fault-injection test killed it. */
    public void restartService(NearpeerService service, Progress progress) throws IOException {
        services.put(service, startService(service));
        Readiness.await(service.module(), services.get(service), Duration.ofSeconds(180),
                () -> Readiness.httpOk(serviceUrl(service) + "/q/health/ready"), progress);
    }

    private ManagedProcess startService(NearpeerService service) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                settings.javaHome().resolve("bin/java").toString(),
                "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + settings.port(service.component()),
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(service.database()),
                "-Dquarkus.datasource.username=" + PostgresServer.APP_USER,
                "-Dquarkus.datasource.password=" + PostgresServer.APP_PASSWORD,
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dquarkus.oidc.auth-server-url=" + keycloak.realmUrl()));
        if (service == NearpeerService.ENROLLMENT) {
            command.add("-Dquarkus.keycloak.admin-client.server-url=" + keycloak.baseUrl());
        }
        command.addAll(List.of("-jar", settings.serviceJar(service).toString()));
        Path logFile = settings.logs().resolve(service.module() + ".log");
        return ManagedProcess.start(service.module(), command, Map.of(), settings.serviceJar(service).getParent(), logFile, pidFiles);
    }

    public String serviceUrl(NearpeerService service) {
        return settings.url(service.component());
    }

    public StackSettings settings() {
        return settings;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public ManagedProcess service(NearpeerService service) {
        return services.get(service);
    }

    private List<String> databases() {
        return java.util.Arrays.stream(NearpeerService.values()).map(NearpeerService::database).toList();
    }

    private void checkBuilt() {
        List<String> missing = new ArrayList<>();
        for (NearpeerService service : NearpeerService.values()) {
            if (!Files.exists(settings.serviceJar(service))) {
                missing.add(settings.serviceJar(service).toString());
            }
        }
        if (!Files.isDirectory(settings.kafkaLibs())) {
            missing.add(settings.kafkaLibs().toString());
        }
        if (!Files.isDirectory(settings.keycloakDistribution())) {
            missing.add(settings.keycloakDistribution().toString());
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet (run ./mvnw -DskipTests package): " + String.join(", ", missing));
        }
    }

    @Override
    public void close() {
        if (portal != null) {
            portal.close();
        }
        services.values().parallelStream().forEach(process -> process.stop(Duration.ofSeconds(20)));
        services.clear();
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
