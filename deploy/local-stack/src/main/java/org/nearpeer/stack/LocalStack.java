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
    /** The service whose Kafka traffic goes through {@link #kafkaProxy} (fault-injection stacks only), else null. */
    private final NearpeerService proxiedService;
    private KafkaProxy kafkaProxy;

    private LocalStack(StackSettings settings, NearpeerService proxiedService) {
        this.settings = settings;
        this.pidFiles = new PidFiles(settings.dataDirectory());
        this.proxiedService = proxiedService;
    }

    public static LocalStack start(StackSettings settings, Progress progress) throws IOException {
        return start(new LocalStack(settings, null), progress);
    }

    /** A stack whose survey-service reaches Kafka through a TCP proxy, so fault tests can cut that connection. */
    public static LocalStack startForFaultInjection(StackSettings settings, Progress progress) throws IOException {
        return start(new LocalStack(settings, NearpeerService.SURVEY), progress);
    }

    private static LocalStack start(LocalStack stack, Progress progress) throws IOException {
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
                settings.port(Component.KAFKA), settings.port(Component.KAFKA_CONTROLLER), settings.port(Component.KAFKA_PROXIED),
                settings.port(Component.KAFKA_PROXY), pidFiles, progress);
        if (proxiedService != null) {
            kafkaProxy = KafkaProxy.start(settings.port(Component.KAFKA_PROXY), settings.port(Component.KAFKA_PROXIED));
        }
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

    /** Fault injection: drops the proxied service's connections to Kafka and refuses new ones until {@link #restoreKafkaConnection()}. */
    public void cutKafkaConnection() {
        requireProxy().cut();
    }

    public void restoreKafkaConnection() {
        requireProxy().restore();
    }

    /** The service whose Kafka connection {@link #cutKafkaConnection()} cuts. */
    public NearpeerService kafkaProxiedService() {
        requireProxy();
        return proxiedService;
    }

    private KafkaProxy requireProxy() {
        if (kafkaProxy == null) {
            throw new IllegalStateException("this stack was started without a Kafka proxy (LocalStack.startForFaultInjection)");
        }
        return kafkaProxy;
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
                // Full JIT (C2): C1 alone starts a second sooner but halves peak throughput (a rebuild: 13,600 vs 24,000 events/s).
                "-Xms32m", "-Xmx384m", collector(service),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + settings.port(service.component()),
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(service.database()),
                "-Dquarkus.datasource.username=" + PostgresServer.APP_USER,
                "-Dquarkus.datasource.password=" + PostgresServer.APP_PASSWORD,
                "-Dkafka.bootstrap.servers=" + (service == proxiedService ? "127.0.0.1:" + settings.port(Component.KAFKA_PROXY) : kafka.bootstrapServers()),
                "-Dquarkus.oidc.auth-server-url=" + keycloak.realmUrl()));
        if (service == NearpeerService.ENROLLMENT) {
            command.add("-Dquarkus.keycloak.admin-client.server-url=" + keycloak.baseUrl());
        }
        command.addAll(List.of("-jar", settings.serviceJar(service).toString()));
        Path logFile = settings.logs().resolve(service.module() + ".log");
        return ManagedProcess.start(service.module(), command, Map.of(), settings.serviceJar(service).getParent(), logFile, pidFiles);
    }

    /**
     * The serial collector, except for analytics: five JVMs share two cores, and under a request
     * load the parallel collector's threads only compete (enrollment POSTs: 95 vs 115 per second);
     * a rebuild or a backlog keeps one JVM allocating while the machine has a core to spare, and
     * there the serial collector stopped analytics a fifth of the time (34,000 vs 21,000–28,000
     * events/s, the same resident memory).
     */
    private static String collector(NearpeerService service) {
        return service == NearpeerService.ANALYTICS ? "-XX:+UseParallelGC" : "-XX:+UseSerialGC";
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
        if (kafkaProxy != null) {
            kafkaProxy.close();
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
