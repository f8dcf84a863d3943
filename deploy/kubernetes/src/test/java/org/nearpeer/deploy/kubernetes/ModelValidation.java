package org.nearpeer.deploy.kubernetes;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates an object against its schema offline. Built-in kinds and Strimzi's CRDs are read into
 * their typed models (Fabric8 Kubernetes model, Strimzi api): a wrong type fails to bind, and an
 * unknown field — a typo, or a field at the wrong level — lands in a model's additional
 * properties, which must stay empty. Operators without a published Java model (CloudNativePG,
 * Keycloak, Prometheus) are checked against the fields their CRDs define for what we use.
 */
final class ModelValidation {

    private static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class),
            Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("v1/Secret", io.fabric8.kubernetes.api.model.Secret.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class));

    /** The fields of the operator CRDs we use (from their published CRD schemas), path → allowed keys. */
    private static final Map<String, Map<String, Set<String>>> CRD_FIELDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", Map.of(
                    "spec", Set.of("instances", "imageName", "primaryUpdateStrategy", "storage", "bootstrap", "monitoring", "backup",
                            "resources", "postgresql", "affinity", "walStorage", "managed", "superuserSecret", "enableSuperuserAccess"),
                    "spec.storage", Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate"),
                    "spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup"),
                    "spec.bootstrap.initdb", Set.of("database", "owner", "secret", "encoding", "localeCollate", "localeCType", "dataChecksums"),
                    "spec.monitoring", Set.of("enablePodMonitor", "customQueriesConfigMap", "customQueriesSecret")),
            "k8s.keycloak.org/v2alpha1/Keycloak", Map.of(
                    "spec", Set.of("instances", "image", "db", "http", "hostname", "proxy", "features", "resources", "additionalOptions",
                            "ingress", "transaction", "unsupported", "truststores", "cache", "startOptimized"),
                    "spec.db", Set.of("vendor", "host", "port", "database", "schema", "url", "usernameSecret", "passwordSecret", "poolInitialSize",
                            "poolMinSize", "poolMaxSize"),
                    "spec.db.usernameSecret", Set.of("name", "key"),
                    "spec.db.passwordSecret", Set.of("name", "key"),
                    "spec.http", Set.of("httpEnabled", "httpPort", "httpsPort", "tlsSecret", "annotations", "labels"),
                    "spec.hostname", Set.of("hostname", "admin", "strict", "backchannelDynamic"),
                    "spec.proxy", Set.of("headers")),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", Map.of(
                    "spec", Set.of("keycloakCRName", "realm", "placeholders", "resources")),
            "monitoring.coreos.com/v1/ServiceMonitor", Map.of(
                    "spec", Set.of("selector", "endpoints", "namespaceSelector", "jobLabel"),
                    "spec.selector", Set.of("matchLabels", "matchExpressions")));

    private static final Map<String, List<String>> CRD_REQUIRED = Map.of(
            "postgresql.cnpg.io/v1/Cluster", List.of("spec.instances", "spec.storage.size"),
            "k8s.keycloak.org/v2alpha1/Keycloak", List.of("spec.instances", "spec.db.vendor", "spec.hostname.hostname"),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", List.of("spec.keycloakCRName", "spec.realm.realm"),
            "monitoring.coreos.com/v1/ServiceMonitor", List.of("spec.selector", "spec.endpoints"));

    private ModelValidation() {
    }

    static String key(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** Problems found; empty when the object is valid. */
    static List<String> problems(JsonNode object) {
        String key = key(object);
        String name = key + " " + object.path("metadata").path("name").asText();
        List<String> problems = new ArrayList<>();
        if (object.path("metadata").path("name").asText().isEmpty()) {
            problems.add(name + ": metadata.name missing");
        }
        Class<?> model = MODELS.get(key);
        if (model != null) {
            try {
                unknownFields(MAPPER.convertValue(object, model), name, problems, 0);
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
            return problems;
        }
        Map<String, Set<String>> fields = CRD_FIELDS.get(key);
        if (fields == null) {
            problems.add(name + ": a kind this check does not know");
            return problems;
        }
        fields.forEach((path, allowed) -> {
            JsonNode node = at(object, path);
            node.fieldNames().forEachRemaining(field -> {
                if (!allowed.contains(field)) {
                    problems.add(name + ": unknown field " + path + "." + field);
                }
            });
        });
        for (String required : CRD_REQUIRED.get(key)) {
            if (at(object, required).isMissingNode()) {
                problems.add(name + ": required field " + required + " missing");
            }
        }
        return problems;
    }

    static JsonNode at(JsonNode object, String dottedPath) {
        JsonNode node = object;
        for (String part : dottedPath.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static void unknownFields(Object value, String where, List<String> problems, int depth) {
        if (value == null || depth > 30) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> unknownFields(v, where, problems, depth + 1));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> unknownFields(v, where, problems, depth + 1));
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.") && !type.startsWith("io.strimzi.")) {
            return;
        }
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers()) || !method.getName().startsWith("get")
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object property = method.invoke(value);
                if (method.getName().equals("getAdditionalProperties")) {
                    if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(where + ": unknown field(s) " + extra.keySet() + " in " + value.getClass().getSimpleName());
                    }
                } else {
                    unknownFields(property, where, problems, depth + 1);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a computed getter that needs more than the object: not part of the schema
            }
        }
    }
}
