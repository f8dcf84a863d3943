package org.nearpeer.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does for the features our manifests
 * use — resources (files and directories), patches from files (merge patches naming their target)
 * and inline JSON 6902 patches with a kind/name target, and the namespace — so the test sees
 * exactly the objects a cluster would receive, without a kustomize binary.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path directory) {
        ObjectNode kustomization = (ObjectNode) readAll(directory.resolve("kustomization.yaml")).get(0);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                readAll(path).forEach(o -> objects.add((ObjectNode) o));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.has("path")) {
                for (JsonNode document : readAll(directory.resolve(patch.get("path").asText()))) {
                    ObjectNode target = find(objects, document.path("kind").asText(), document.path("metadata").path("name").asText());
                    merge(target, document);
                }
            } else {
                JsonNode target = patch.get("target");
                List<ObjectNode> targets = objects.stream().filter(o -> o.path("kind").asText().equals(target.path("kind").asText()))
                        .filter(o -> !target.has("name") || o.path("metadata").path("name").asText().equals(target.get("name").asText())).toList();
                if (targets.isEmpty()) {
                    throw new IllegalStateException("patch target matches nothing: " + target);
                }
                JsonNode operations = readAll(patch.get("patch").asText()).get(0);
                targets.forEach(t -> operations.forEach(op -> apply(t, op)));
            }
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> ((ObjectNode) o.get("metadata")).put("namespace", namespace));
        }
        return objects;
    }

    static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + kind + " " + name));
    }

    /** Maps merge key by key; anything else (lists included) is replaced — enough for our patches. */
    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static void apply(ObjectNode target, JsonNode operation) {
        String op = operation.path("op").asText();
        String[] path = operation.path("path").asText().substring(1).split("/");
        JsonNode parent = target;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(path[i]);
            if (parent == null) {
                throw new IllegalStateException("patch path does not exist: " + operation.path("path").asText());
            }
        }
        String last = path[path.length - 1];
        switch (op) {
            case "replace", "add" -> {
                if (parent instanceof ArrayNode array) {
                    array.set(Integer.parseInt(last), operation.get("value"));
                } else {
                    if (op.equals("replace") && !parent.has(last)) {
                        throw new IllegalStateException("replace of a missing field: " + operation.path("path").asText());
                    }
                    ((ObjectNode) parent).set(last, operation.get("value"));
                }
            }
            case "remove" -> ((ObjectNode) parent).remove(last);
            default -> throw new IllegalStateException("unsupported patch operation " + op);
        }
    }

    static List<JsonNode> readAll(Path file) {
        try {
            return readAll(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> readAll(String yaml) {
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            List<JsonNode> documents = new ArrayList<>();
            for (Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class); it.hasNext();) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
