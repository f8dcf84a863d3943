package org.nearpeer.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The Compose file parses and agrees with the code and with itself: ports, databases, dependencies, mounted files. */
class ComposeFileTest {

    static final Path COMPOSE = ManifestsTest.ROOT.resolve("deploy/compose");

    private final JsonNode compose = Kustomize.readAll(COMPOSE.resolve("docker-compose.yml")).get(0);

    @Test
    void everyServiceRunsOnItsConfiguredPortWithItsOwnDatabase() throws IOException {
        String initSql = Files.readString(COMPOSE.resolve("init-databases.sql"));
        for (String service : ManifestsTest.SERVICES) {
            JsonNode definition = compose.path("services").path(service);
            assertThat(definition.isMissingNode()).as(service).isFalse();
            var properties = ManifestsTest.applicationProperties(service);
            String port = properties.getProperty("quarkus.http.port");
            assertThat(definition.path("ports").get(0).asText()).isEqualTo("127.0.0.1:" + port + ":" + port);
            String database = properties.getProperty("quarkus.datasource.jdbc.url").replaceAll(".*/", "");
            assertThat(definition.path("environment").path("QUARKUS_DATASOURCE_JDBC_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
            assertThat(initSql).contains("create database " + database + ";");
            assertThat(definition.path("build").path("args").path("SERVICE").asText()).isEqualTo(service);
            assertThat(ManifestsTest.ROOT.resolve(service).resolve("pom.xml")).exists();
        }
        assertThat(initSql).contains("create database keycloak;");
    }

    @Test
    void dependenciesNameDefinedServicesAndMountedFilesExist() {
        Set<String> defined = new TreeSet<>();
        compose.path("services").fieldNames().forEachRemaining(defined::add);
        Set<String> dependencies = new HashSet<>();
        compose.path("services").forEach(s -> s.path("depends_on").fieldNames().forEachRemaining(dependencies::add));
        assertThat(defined).containsAll(dependencies);
        compose.path("services").forEach(s -> {
            assertThat(s.path("image").asText()).as("every service names its image").isNotBlank();
            s.path("volumes").forEach(v -> {
                String source = v.asText().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(COMPOSE.resolve(source).normalize()).as(v.asText()).exists();
                }
            });
            s.path("ports").forEach(p -> assertThat(p.asText()).as("ports bind to loopback only").startsWith("127.0.0.1:"));
            if (s.has("build")) {
                assertThat(COMPOSE.resolve(s.path("build").path("context").asText()).resolve(s.path("build").path("dockerfile").asText()).normalize())
                        .exists();
            }
        });
        Set<String> volumes = new TreeSet<>();
        compose.path("volumes").fieldNames().forEachRemaining(volumes::add);
        compose.path("services").forEach(s -> s.path("volumes").forEach(v -> {
            String source = v.asText().split(":")[0];
            if (!source.startsWith(".") && !source.startsWith("/")) {
                assertThat(volumes).contains(source);
            }
        }));
    }

    @Test
    void servicesTrustTheRealmTheyImport() {
        JsonNode keycloak = compose.path("services").path("keycloak");
        String issuerBase = keycloak.path("environment").path("KC_HOSTNAME").asText();
        for (String service : ManifestsTest.SERVICES) {
            assertThat(compose.path("services").path(service).path("environment").path("QUARKUS_OIDC_TOKEN_ISSUER").asText())
                    .isEqualTo(issuerBase + "/realms/nearpeer");
        }
        assertThat(keycloak.path("volumes").get(0).asText()).contains("nearpeer-realm.json");
    }
}
