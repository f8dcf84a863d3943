package org.nearpeer.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of a service's OpenAPI document × every kind of caller: each role of the own
 * school, of another school, without a school claim, with an expired token, with a token for
 * another audience, and without a token. Because the operations come from {@code /q/openapi}, a
 * new endpoint is in the matrix the day it exists. Rules checked:
 * <ul>
 * <li>never a 5xx; every 4xx except 401 is {@code application/problem+json};</li>
 * <li>no, expired or wrong-audience token: 401;</li>
 * <li>a role the operation does not list (OpenAPI security scopes): 403;</li>
 * <li>a school-scoped role (student, coordinator) without a school claim: never 2xx;</li>
 * <li>a caller of another school: never a body that contains the own school's id or any fixture id;</li>
 * <li>every {@code /api} operation declares the roles it allows.</li>
 * </ul>
 * Write operations are sent with an empty JSON object: the matrix checks who is let in, not what
 * a valid write does (the service's own tests do that).
 */
public final class TenantIsolationMatrix {

    private static final List<String> ROLES = List.of("student", "coordinator", "coder", "researcher", "admin");
    private static final Set<String> SCHOOL_SCOPED = Set.of("student", "coordinator", "coder");

    private final String ownSchool;
    private final String otherSchool = "other-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> pathValues = new HashMap<>();
    private final List<String> fixtureIds = new ArrayList<>();
    private final Map<String, String> ownSubjects = new HashMap<>();

    private TenantIsolationMatrix(String ownSchool) {
        this.ownSchool = ownSchool;
    }

    /** @param ownSchool the school that owns the fixture data the service holds */
    public static TenantIsolationMatrix forSchool(String ownSchool) {
        return new TenantIsolationMatrix(ownSchool);
    }

    /** A path parameter's value: an id of the own school's fixture data (also checked for leaks). */
    public TenantIsolationMatrix pathValue(String parameter, String value) {
        pathValues.put(parameter, value);
        fixtureIds.add(value);
        return this;
    }

    /** The subject to use for a role of the own school (e.g. the student who owns the fixture). */
    public TenantIsolationMatrix ownSubject(String role, String subject) {
        ownSubjects.put(role, subject);
        return this;
    }

    public Stream<DynamicNode> tests() {
        JsonPath openApi = JsonPath.from(given().accept("application/json").get("/q/openapi?format=json").asString());
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<DynamicNode> nodes = new ArrayList<>();
        paths.forEach((template, operations) -> operations.forEach((method, rawOperation) -> {
            if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> operation = (Map<String, Object>) rawOperation;
            nodes.add(DynamicContainer.dynamicContainer(method.toUpperCase() + " " + template, cases(method, template, operation)));
        }));
        assertThat(nodes).as("the OpenAPI document lists operations").isNotEmpty();
        return nodes.stream();
    }

    private Stream<DynamicNode> cases(String method, String template, Map<String, Object> operation) {
        String path = fill(template);
        Set<String> allowed = allowedRoles(operation);
        List<DynamicNode> cases = new ArrayList<>();
        if (template.startsWith("/api/")) {
            cases.add(DynamicTest.dynamicTest("declares the roles it allows",
                    () -> assertThat(allowed).as("@RolesAllowed on " + method.toUpperCase() + " " + template).isNotEmpty()));
        }
        cases.add(DynamicTest.dynamicTest("no token → 401", () -> expect(call(method, path, null), 401)));
        cases.add(DynamicTest.dynamicTest("expired token → 401",
                () -> expect(call(method, path, Tokens.coordinator(ownSchool).expired().token()), 401)));
        cases.add(DynamicTest.dynamicTest("token for another audience → 401",
                () -> expect(call(method, path, Tokens.coordinator(ownSchool).audience("another-api").token()), 401)));
        for (String role : ROLES) {
            boolean permitted = allowed.contains(role);
            Tokens own = Tokens.coordinator(ownSchool).roles(role).school(SCHOOL_SCOPED.contains(role) ? ownSchool : null);
            if (ownSubjects.containsKey(role)) {
                own.subject(ownSubjects.get(role));
            }
            Tokens other = Tokens.coordinator(otherSchool).roles(role).school(SCHOOL_SCOPED.contains(role) ? otherSchool : null);
            if (!permitted) {
                cases.add(DynamicTest.dynamicTest(role + " → 403", () -> expect(call(method, path, own.token()), 403)));
                continue;
            }
            cases.add(DynamicTest.dynamicTest(role + " of the own school is let in", () -> {
                Response response = call(method, path, own.token());
                ApiResponses.assertNoServerError(response);
                assertThat(response.statusCode()).as(role + " was refused").isNotIn(401, 403);
                if (method.equals("get") && response.statusCode() == 200) {
                    assertThat(ResponseContract.violations(method, path, response)).as("the response of GET " + path + " against the OpenAPI document")
                            .isEmpty();
                }
            }));
            if (SCHOOL_SCOPED.contains(role)) {
                cases.add(DynamicTest.dynamicTest(role + " of another school sees none of the own school's data", () -> {
                    Response response = call(method, path, other.token());
                    ApiResponses.assertNoServerError(response);
                    if (!method.equals("get") && ApiResponses.hasPathParameter(template)) {
                        // A write addressed at the own school's objects (creating in one's own school is fine).
                        assertThat(response.statusCode()).as("another school's " + role + " wrote to " + path).isGreaterThanOrEqualTo(400);
                    }
                    String body = response.asString();
                    assertThat(body).doesNotContain(ownSchool);
                    if (response.statusCode() < 300) { // a problem may echo the id the caller asked for
                        fixtureIds.forEach(id -> assertThat(body).as("leaked fixture id").doesNotContain(id));
                    }
                }));
                cases.add(DynamicTest.dynamicTest(role + " without a school claim is refused", () -> {
                    Response response = call(method, path, Tokens.coordinator(ownSchool).roles(role).school(null).token());
                    ApiResponses.assertNoServerError(response);
                    assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
                }));
            }
        }
        return cases.stream();
    }

    private Response call(String method, String path, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (!method.equals("get") && !method.equals("delete")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method.toUpperCase(), path);
    }

    private static void expect(Response response, int status) {
        ApiResponses.assertNoServerError(response);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    }

    private String fill(String template) {
        return ApiResponses.fill(template, pathValues);
    }

    /** Roles from the operation's security requirements (SmallRye lists @RolesAllowed as scopes). */
    @SuppressWarnings("unchecked")
    private static Set<String> allowedRoles(Map<String, Object> operation) {
        Map<String, Boolean> roles = new LinkedHashMap<>();
        Object security = operation.get("security");
        if (security instanceof List<?> requirements) {
            for (Object requirement : requirements) {
                if (requirement instanceof Map<?, ?> schemes) {
                    for (Object scopes : schemes.values()) {
                        if (scopes instanceof List<?> list) {
                            list.forEach(role -> roles.put(String.valueOf(role), true));
                        }
                    }
                }
            }
        }
        return roles.keySet();
    }
}
