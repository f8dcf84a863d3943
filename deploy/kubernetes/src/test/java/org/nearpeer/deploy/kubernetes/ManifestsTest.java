package org.nearpeer.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nearpeer.events.Topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Kubernetes manifests, rendered per overlay as kustomize would, are valid against the
 * Kubernetes and operator schemas and agree with the code: ports, topics, consumer groups,
 * databases, secrets, selectors and the realm.
 */
class ManifestsTest {

    static final Path ROOT = Path.of(System.getProperty("nearpeer.project.root", "../.."));
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final List<String> SERVICES = List.of("enrollment-service", "matching-service", "session-service", "survey-service", "analytics-service");

    static List<ObjectNode> render(String overlay) {
        return Kustomize.render(KUBERNETES.resolve("overlays").resolve(overlay));
    }

    static Stream<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind));
    }

    static Set<String> names(List<ObjectNode> objects, String kind) {
        Set<String> names = new TreeSet<>();
        ofKind(objects, kind).forEach(o -> names.add(o.path("metadata").path("name").asText()));
        return names;
    }

    static Properties applicationProperties(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsValidAgainstItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        render(overlay).forEach(o -> problems.addAll(ModelValidation.problems(o)));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyReferencedSecretAndConfigMapExists(String overlay) {
        List<ObjectNode> objects = render(overlay);
        // Secrets the operators write: Strimzi per KafkaUser, CloudNativePG "<cluster>-app".
        Set<String> secrets = new HashSet<>(names(objects, "Secret"));
        secrets.addAll(names(objects, "KafkaUser"));
        names(objects, "Cluster").forEach(c -> secrets.add(c + "-app"));
        Set<String> configMaps = names(objects, "ConfigMap");
        List<String> missing = new ArrayList<>();
        objects.forEach(o -> o.findParents("secretKeyRef").forEach(p -> {
            String name = p.get("secretKeyRef").path("name").asText();
            if (!secrets.contains(name)) {
                missing.add("secret " + name);
            }
        }));
        objects.forEach(o -> o.findParents("configMapKeyRef").forEach(p -> {
            String name = p.get("configMapKeyRef").path("name").asText();
            String key = p.get("configMapKeyRef").path("key").asText();
            if (!configMaps.contains(name) || Kustomize.find(objects, "ConfigMap", name).path("data").path(key).isMissingNode()) {
                missing.add("config map " + name + " key " + key);
            }
        }));
        ofKind(objects, "Keycloak").forEach(k -> List.of("usernameSecret", "passwordSecret").forEach(s -> {
            if (!secrets.contains(k.path("spec").path("db").path(s).path("name").asText())) {
                missing.add("keycloak " + s);
            }
        }));
        ofKind(objects, "KeycloakRealmImport").forEach(r -> r.path("spec").path("placeholders").forEach(p -> {
            String name = p.path("secret").path("name").asText();
            String key = p.path("secret").path("key").asText();
            if (!secrets.contains(name) || Kustomize.find(objects, "Secret", name).path("stringData").path(key).isMissingNode()) {
                missing.add("realm placeholder secret " + name + " key " + key);
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void eachServiceListensWhereItsConfigurationSaysAndIsProbedOnHealth() {
        List<ObjectNode> objects = render("prod");
        for (String service : SERVICES) {
            int port = Integer.parseInt(applicationProperties(service).getProperty("quarkus.http.port"));
            JsonNode container = Kustomize.find(objects, "Deployment", service).path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(service).isEqualTo(port);
            assertThat(Kustomize.find(objects, "Service", service).path("spec").path("ports").get(0).path("port").asInt()).as(service).isEqualTo(port);
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
            assertThat(env(container, "QUARKUS_HTTP_HOST")).isEqualTo("0.0.0.0");
        }
    }

    @Test
    void servicesSelectPodsThatExistAndTargetPortsTheyOpen() {
        List<ObjectNode> objects = render("prod");
        ofKind(objects, "Service").forEach(service -> {
            JsonNode selector = service.path("spec").path("selector");
            List<ObjectNode> pods = ofKind(objects, "Deployment").filter(d -> matches(selector, d.path("spec").path("template").path("metadata")
                    .path("labels"))).toList();
            assertThat(pods).as("pods of service " + service.path("metadata").path("name").asText()).isNotEmpty();
            Set<String> opened = new HashSet<>();
            pods.forEach(d -> d.findValues("ports").forEach(ports -> ports.forEach(p -> {
                opened.add(p.path("name").asText());
                opened.add(p.path("containerPort").asText());
            })));
            service.path("spec").path("ports").forEach(p -> assertThat(opened).contains(p.path("targetPort").asText()));
        });
        ofKind(objects, "HorizontalPodAutoscaler").forEach(h -> assertThat(names(objects, h.path("spec").path("scaleTargetRef").path("kind").asText()))
                .contains(h.path("spec").path("scaleTargetRef").path("name").asText()));
        ofKind(objects, "PodDisruptionBudget").forEach(p -> assertThat(ofKind(objects, "Deployment")
                .anyMatch(d -> matches(p.path("spec").path("selector").path("matchLabels"), d.path("spec").path("template").path("metadata")
                        .path("labels")))).as(p.path("metadata").path("name").asText()).isTrue());
        ofKind(objects, "ServiceMonitor").forEach(m -> {
            ObjectNode service = ofKind(objects, "Service").filter(s -> matches(m.path("spec").path("selector").path("matchLabels"),
                    s.path("metadata").path("labels"))).findFirst().orElseThrow();
            Set<String> ports = new HashSet<>();
            service.path("spec").path("ports").forEach(p -> ports.add(p.path("name").asText()));
            m.path("spec").path("endpoints").forEach(e -> assertThat(ports).contains(e.path("port").asText()));
        });
    }

    @Test
    void topicsAreTheOnesTheCodeUsesKeptForeverForReplay() {
        List<ObjectNode> objects = render("prod");
        Set<String> topicNames = new TreeSet<>();
        ofKind(objects, "KafkaTopic").forEach(t -> topicNames.add(t.path("spec").path("topicName").asText()));
        Set<String> expected = new TreeSet<>();
        for (Topic topic : Topic.values()) {
            expected.add(topic.topicName());
            JsonNode kafkaTopic = ofKind(objects, "KafkaTopic").filter(t -> t.path("spec").path("topicName").asText().equals(topic.topicName()))
                    .findFirst().orElseThrow();
            assertThat(kafkaTopic.path("spec").path("config").path("retention.ms").asLong()).isEqualTo(-1);
        }
        for (String service : SERVICES) {
            if (!incomingTopics(service).isEmpty()) {
                expected.add("nearpeer.deadletter." + service + ".v1");
            }
        }
        assertThat(topicNames).isEqualTo(expected);
    }

    @Test
    void eachServiceMayReadExactlyTheTopicsItConsumesAndWriteItsOwn() {
        List<ObjectNode> objects = render("prod");
        for (String service : SERVICES) {
            ObjectNode user = Kustomize.find(objects, "KafkaUser", service);
            Set<String> reads = new TreeSet<>();
            Set<String> writes = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            user.path("spec").path("authorization").path("acls").forEach(acl -> {
                String type = acl.path("resource").path("type").asText();
                String name = acl.path("resource").path("name").asText();
                acl.path("operations").forEach(op -> {
                    if (type.equals("topic") && op.asText().equals("Read")) {
                        reads.add(name);
                    } else if (type.equals("topic") && op.asText().equals("Write")) {
                        writes.add(name);
                    } else if (type.equals("group")) {
                        groups.add(name);
                    }
                });
            });
            assertThat(reads).as(service + " reads").isEqualTo(incomingTopics(service));
            Set<String> expectedWrites = new TreeSet<>();
            String context = service.replace("-service", "");
            Stream.of(Topic.values()).filter(t -> t.topicName().equals("nearpeer." + context + ".v1")).forEach(t -> expectedWrites.add(t.topicName()));
            if (!reads.isEmpty()) {
                expectedWrites.add("nearpeer.deadletter." + service + ".v1");
                assertThat(groups).as(service + " consumer group").containsExactly(service);
            }
            assertThat(writes).as(service + " writes").isEqualTo(expectedWrites);
            JsonNode container = Kustomize.find(objects, "Deployment", service).path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.toString()).contains("\"name\":\"" + service + "\",\"key\":\"sasl.jaas.config\"");
        }
    }

    @Test
    void eachServiceHasItsOwnDatabaseThatOnlyItMayReach() {
        List<ObjectNode> objects = render("prod");
        for (String service : SERVICES) {
            String database = applicationProperties(service).getProperty("quarkus.datasource.jdbc.url").replaceAll(".*/", "");
            JsonNode container = Kustomize.find(objects, "Deployment", service).path("spec").path("template").path("spec").path("containers").get(0);
            String url = env(container, "QUARKUS_DATASOURCE_JDBC_URL");
            String cluster = url.replaceAll("jdbc:postgresql://([a-z0-9-]+)-rw:5432/.*", "$1");
            assertThat(url).endsWith("/" + database);
            ObjectNode clusterObject = Kustomize.find(objects, "Cluster", cluster);
            assertThat(clusterObject.path("spec").path("bootstrap").path("initdb").path("database").asText()).isEqualTo(database);
            ObjectNode policy = ofKind(objects, "NetworkPolicy").filter(p -> p.path("spec").path("podSelector").path("matchLabels")
                    .path("cnpg.io/cluster").asText().equals(cluster)).findFirst().orElseThrow();
            List<String> clients = new ArrayList<>();
            policy.path("spec").path("ingress").forEach(rule -> rule.path("from").forEach(from -> {
                if (from.has("podSelector") && rule.toString().contains("5432")) {
                    clients.add(from.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
                }
            }));
            assertThat(clients).as("who reaches " + cluster).containsExactly(service);
        }
        assertThat(names(objects, "Cluster")).hasSize(SERVICES.size() + 1);
    }

    @Test
    void theRealmImportIsTheLocalRealmWithoutDemoUsersAndWithSecretsFromTheSecret() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode expected = (ObjectNode) json.readTree(ROOT.resolve("deploy/keycloak-server/nearpeer-realm.json").toFile());
        expected.put("sslRequired", "external");
        var users = json.createArrayNode();
        expected.path("users").forEach(u -> {
            if (u.has("serviceAccountClientId")) {
                users.add(u);
            }
        });
        expected.set("users", users);
        expected.path("clients").forEach(c -> {
            if (c.has("secret")) {
                ((ObjectNode) c).put("secret", "${" + c.path("clientId").asText().replace("nearpeer-", "").toUpperCase() + "_CLIENT_SECRET}");
            }
            if (c.path("clientId").asText().equals("nearpeer-admin-ui")) {
                ((ObjectNode) c).set("redirectUris", json.createArrayNode().add("https://admin.nearpeer.example.org/*"));
            }
        });
        JsonNode imported = Kustomize.find(render("prod"), "KeycloakRealmImport", "nearpeer-realm").path("spec").path("realm");
        assertThat(imported).isEqualTo(expected);
    }

    @Test
    void everyBaseFileIsPartOfTheKustomization() throws IOException {
        JsonNode kustomization = Kustomize.readAll(KUBERNETES.resolve("base/kustomization.yaml")).get(0);
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(KUBERNETES.resolve("base"))) {
            walk.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml"))
                    .forEach(p -> files.add(KUBERNETES.resolve("base").relativize(p).toString()));
        }
        assertThat(listed).isEqualTo(files);
    }

    static Set<String> incomingTopics(String service) {
        Set<String> topics = new TreeSet<>();
        applicationProperties(service).forEach((key, value) -> {
            if (key.toString().matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(value.toString());
            }
        });
        return topics;
    }

    static String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        throw new AssertionError("no env " + name);
    }

    static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) selector::fields) {
            if (!labels.path(entry.getKey()).asText().equals(entry.getValue().asText())) {
                return false;
            }
        }
        return true;
    }
}
