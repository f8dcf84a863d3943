package org.nearpeer.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Bad input for every operation of a service's OpenAPI document, sent by a caller the operation
 * admits: malformed JSON, a JSON array or nothing where an object belongs, the wrong content type,
 * an unknown field, and per property of the request schema a wrong type, an invalid enum value,
 * an out-of-range number, null, and a huge string; per typed query and path parameter a value of
 * the wrong form. Rules: never a 5xx, every 4xx (but 401) is {@code application/problem+json}, and
 * what is malformed — bad JSON, wrong types, unknown fields and enum values, wrong content type —
 * is refused with a 4xx; and every answer, refusal or not, matches the operation's documented
 * responses (status listed, body valid against its schema). A write's refusals run back to back
 * between two fingerprints of the service's database, which must be equal: a refused request
 * changes nothing. Because the operations and schemas come
 * from {@code /q/openapi}, a new endpoint or field is fuzzed the day it exists.
 */
public final class BadInputFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(100_000);

    private final String school;
    private JsonNode document;

    private BadInputFuzzer(String school) {
        this.school = school;
    }

    public static BadInputFuzzer forSchool(String school) {
        return new BadInputFuzzer(school);
    }

    public Stream<DynamicNode> tests() throws Exception {
        document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<DynamicNode> nodes = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String method = op.getKey();
            if (!Set.of("get", "post", "put", "patch", "delete").contains(method) || !path.getKey().startsWith("/api/")) {
                return;
            }
            List<DynamicNode> cases = cases(method, path.getKey(), op.getValue());
            if (!cases.isEmpty()) {
                nodes.add(DynamicContainer.dynamicContainer(method.toUpperCase() + " " + path.getKey(), cases));
            }
        }));
        assertThat(nodes).as("the OpenAPI document lists operations").isNotEmpty();
        return nodes.stream();
    }

    private List<DynamicNode> cases(String method, String template, JsonNode operation) {
        String token = tokenFor(operation);
        List<DynamicNode> cases = new ArrayList<>();
        // What must be refused runs first, between two snapshots of the service's database.
        List<DynamicNode> refusals = new ArrayList<>();
        String path = ApiResponses.fill(template, Map.of());
        JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        if (!schema.isMissingNode()) {
            ObjectNode base = schema.path("type").asText().equals("object") || schema.has("properties") ? (ObjectNode) sample(schema, 0) : null;
            refusals.add(refused("malformed JSON", method, path, token, "application/json", "{\"unterminated\": "));
            refusals.add(refused("wrong content type", method, path, token, "text/plain", "just text"));
            if (base != null) {
                refusals.add(refused("an array instead of an object", method, path, token, "application/json", "[]"));
                ObjectNode unknown = base.deepCopy();
                unknown.put("surelyNotAField", 1);
                refusals.add(refused("an unknown field", method, path, token, "application/json", unknown.toString()));
                schema.path("properties").fields().forEachRemaining(property -> {
                    JsonNode propertySchema = resolve(property.getValue());
                    String name = property.getKey();
                    String type = propertySchema.path("type").asText();
                    ObjectNode wrongType = base.deepCopy();
                    wrongType.set(name, type.equals("string") ? NODES.objectNode().put("nested", true) : NODES.textNode("not-a-" + type));
                    if (!type.isEmpty()) {
                        refusals.add(refused(name + ": wrong type", method, path, token, "application/json", wrongType.toString()));
                    }
                    if (propertySchema.has("enum")) {
                        ObjectNode badEnum = base.deepCopy();
                        badEnum.put(name, "NOT_A_VALUE");
                        refusals.add(refused(name + ": not one of its values", method, path, token, "application/json", badEnum.toString()));
                    }
                    if (type.equals("integer") || type.equals("number")) {
                        for (long extreme : new long[] {-1_000_000_000_000L, 1_000_000_000_000L}) {
                            ObjectNode outOfRange = base.deepCopy();
                            outOfRange.put(name, extreme);
                            cases.add(survives(name + " = " + extreme, method, path, token, outOfRange.toString()));
                        }
                    }
                    if (type.equals("string")) {
                        ObjectNode huge = base.deepCopy();
                        huge.put(name, HUGE);
                        cases.add(survives(name + ": 100,000 characters", method, path, token, huge.toString()));
                    }
                    ObjectNode nulled = base.deepCopy();
                    nulled.putNull(name);
                    cases.add(survives(name + ": null", method, path, token, nulled.toString()));
                });
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = resolve(parameter);
            String in = p.path("in").asText();
            JsonNode parameterSchema = resolve(p.path("schema"));
            String bad = badValue(parameterSchema);
            if (bad == null) {
                continue;
            }
            String name = p.path("name").asText();
            if (in.equals("query")) {
                refusals.add(DynamicTest.dynamicTest("query " + name + " = " + ApiResponses.abbreviate(bad), () -> {
                    Response response = request(token).queryParam(name, bad).request(method.toUpperCase(), path);
                    assertClientError(method, path, response, true);
                    assertThat(response.statusCode()).as("a malformed query parameter is bad input").isEqualTo(400);
                }));
            } else if (in.equals("path")) {
                String badPath = ApiResponses.fill(template, Map.of(name, bad));
                cases.add(DynamicTest.dynamicTest("path " + name + " = " + ApiResponses.abbreviate(bad), () -> {
                    Response response = request(token).contentType("application/json").body("{}").request(method.toUpperCase(), badPath);
                    assertClientError(method, badPath, response, false);
                }));
            }
        }
        if (refusals.isEmpty()) {
            return cases;
        }
        List<DynamicNode> ordered = new ArrayList<>();
        if (method.equals("get")) {
            ordered.addAll(refusals);
        } else {
            DatabaseState before = new DatabaseState();
            ordered.add(DynamicTest.dynamicTest("(the database before the refusals)", before::capture));
            ordered.addAll(refusals);
            ordered.add(DynamicTest.dynamicTest("refused requests changed nothing in the database", before::assertUnchanged));
        }
        ordered.addAll(cases);
        return ordered;
    }

    private DynamicNode refused(String name, String method, String path, String token, String contentType, String body) {
        return DynamicTest.dynamicTest(name + " → 4xx", () -> {
            Response response = request(token).contentType(contentType).body(body).request(method.toUpperCase(), path);
            assertClientError(method, path, response, true);
        });
    }

    private DynamicNode survives(String name, String method, String path, String token, String body) {
        return DynamicTest.dynamicTest(name + " → no server error", () -> {
            Response response = request(token).contentType("application/json").body(body).request(method.toUpperCase(), path);
            assertClientError(method, path, response, false);
        });
    }

    private static void assertClientError(String method, String path, Response response, boolean mustRefuse) {
        ApiResponses.assertNoServerError(response);
        assertThat(ResponseContract.violations(method, path, response)).as("the answer (%d) against the OpenAPI document: %s",
                response.statusCode(), ApiResponses.abbreviate(response.asString())).isEmpty();
        if (mustRefuse) {
            assertThat(response.statusCode()).as("accepted bad input: " + ApiResponses.abbreviate(response.asString())).isBetween(400, 499);
        }
    }

    private static RequestSpecification request(String token) {
        return given().redirects().follow(false).auth().oauth2(token);
    }

    /** A caller the operation admits: its first declared role, of this school. */
    private String tokenFor(JsonNode operation) {
        String role = "coordinator";
        for (JsonNode requirement : operation.path("security")) {
            for (JsonNode scopes : requirement) {
                if (scopes.size() > 0) {
                    role = scopes.get(0).asText();
                }
            }
        }
        boolean schoolScoped = !role.equals("researcher") && !role.equals("admin");
        return Tokens.coordinator(school).roles(role).school(schoolScoped ? school : null).subject("fuzzer-" + role).token();
    }

    /**
     * A fingerprint of every table of the service's database (row count and a hash of the rows,
     * read as the superuser so row-level security hides nothing), but the outbox, inbox and parking
     * tables, which background workers touch on their own.
     */
    private static final class DatabaseState {
        private static final Set<String> BACKGROUND = Set.of("flyway_schema_history", "outbox_event", "processed_event", "parked_event");
        private Map<String, String> captured;

        void capture() throws Exception {
            captured = read();
            assertThat(captured).as("the service's tables").isNotEmpty();
        }

        void assertUnchanged() throws Exception {
            Map<String, String> now = read();
            List<String> changed = now.keySet().stream().filter(table -> !now.get(table).equals(captured.get(table))).sorted().toList();
            assertThat(changed).as("tables a refused request changed").isEmpty();
        }

        private static Map<String, String> read() throws Exception {
            String url = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
            Map<String, String> state = new java.util.TreeMap<>();
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "");
                    java.sql.Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (java.sql.ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                    while (rs.next()) {
                        if (!BACKGROUND.contains(rs.getString(1))) {
                            tables.add(rs.getString(1));
                        }
                    }
                }
                for (String table : tables) {
                    try (java.sql.ResultSet rs = statement.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')"
                            + " from \"" + table + "\" t")) {
                        rs.next();
                        state.put(table, rs.getLong(1) + ":" + rs.getString(2));
                    }
                }
            }
            return state;
        }
    }

    /** A value of the right shape for a schema: a starting point for one-field mutations. */
    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("example") && depth > 0) {
            return s.get("example");
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        switch (s.path("type").asText()) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4 && s.has("items")) {
                    array.add(sample(s.get("items"), depth + 1));
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(1.5);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return switch (s.path("format").asText()) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode("2026-09-01");
                    case "date-time" -> NODES.textNode("2026-09-01T10:00:00Z");
                    case "email" -> NODES.textNode("someone@example.org");
                    default -> NODES.textNode("x");
                };
        }
    }

    private static String badValue(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (format.equals("uuid")) {
            return "not-a-uuid";
        }
        if (format.equals("date")) {
            return "2026-13-45";
        }
        if (type.equals("integer") || type.equals("number")) {
            return "twelve";
        }
        if (type.equals("boolean")) {
            return "perhaps";
        }
        if (schema.has("enum")) {
            return "NOT_A_VALUE";
        }
        return null;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

}
