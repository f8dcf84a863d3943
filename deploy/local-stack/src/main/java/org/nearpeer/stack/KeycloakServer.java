package org.nearpeer.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak from the {@code keycloak-quarkus-dist} distribution, in {@code start-dev} mode
 * on 127.0.0.1 (the token issuer follows the host name, so one name is used everywhere), with
 * its data in our PostgreSQL and the {@code nearpeer} realm imported on first start. A realm that
 * already exists is not re-imported: use {@code --fresh} after editing the realm file.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "nearpeer";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /** The admin UI's address in the realm file, replaced by the one the stack really uses. */
    static final String DEFAULT_ADMIN_UI_URL = "http://127.0.0.1:8080";

    private final ManagedProcess process;
    private final int httpPort;

    private KeycloakServer(ManagedProcess process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    public static KeycloakServer start(Path distribution, Path realmFile, Path logDirectory, Path javaHome, int httpPort,
            int managementPort, String jdbcUrl, String adminUiUrl, PidFiles pidFiles, Progress progress) throws IOException {
        Path launcher = distribution.resolve("bin/kc.sh");
        if (!Files.exists(launcher)) {
            throw new IllegalStateException("Keycloak distribution not found in " + distribution + "; build with ./mvnw package first");
        }
        Path importDir = distribution.resolve("data/import");
        Files.createDirectories(importDir);
        // The admin UI's redirect and web origin follow the port it runs on (tests use free ports).
        String realm = Files.readString(realmFile).replace(DEFAULT_ADMIN_UI_URL, adminUiUrl);
        Files.writeString(importDir.resolve("nearpeer-realm.json"), realm);
        List<String> command = List.of("bash", launcher.toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--import-realm",
                "--db=postgres",
                "--db-url=" + jdbcUrl,
                "--db-username=" + PostgresServer.APP_USER,
                "--db-password=" + PostgresServer.APP_PASSWORD,
                "--log-level=warn,org.keycloak.services:info,org.keycloak.exportimport:info");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", javaHome.toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ManagedProcess process = ManagedProcess.start("keycloak", command, environment, distribution,
                logDirectory.resolve("keycloak.log"), pidFiles);
        Readiness.await("Keycloak", process, Duration.ofSeconds(300),
                () -> Readiness.httpOk("http://127.0.0.1:" + managementPort + "/health/ready")
                        && Readiness.httpOk("http://127.0.0.1:" + httpPort + "/realms/" + REALM + "/.well-known/openid-configuration"),
                progress);
        return new KeycloakServer(process, httpPort);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
