package org.nearpeer.demo.load;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.nearpeer.demo.cohort.Cohort;

/**
 * The people the loader acts as: tokens by password login (cached until shortly before they
 * expire), and student accounts created in Keycloak with the school attribute and the student role.
 */
public final class Accounts {

    private record Token(String value, Instant refreshAfter) {
    }

    private final Http http;
    private final Target target;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> userIds = new ConcurrentHashMap<>();

    public Accounts(Http http, Target target) {
        this.http = http;
        this.target = target;
    }

    /** An access token of the realm account, by password grant on the CLI client. */
    public String token(String username) {
        Token cached = tokens.get(username);
        if (cached != null && Instant.now().isBefore(cached.refreshAfter())) {
            return cached.value();
        }
        JsonNode body = Http.expectOk("Logging in as " + username, http.form(target.tokenUrl(),
                Map.of("grant_type", "password", "client_id", "nearpeer-cli", "username", username, "password", target.password())));
        Token token = new Token(body.path("access_token").asText(), Instant.now().plusSeconds(Math.max(30, body.path("expires_in").asLong(60) - 60)));
        tokens.put(username, token);
        return token.value();
    }

    /** The student's account id (the token subject the services know them by), created when missing. */
    public String ensureStudent(String schoolId, Cohort.Participant student) {
        String admin = masterToken();
        String users = target.keycloakUrl() + "/admin/realms/" + target.realm() + "/users";
        Map<String, Object> user = Map.of("username", student.username(), "email", student.email(schoolId), "emailVerified", true,
                "firstName", student.firstName(), "lastName", student.lastName(), "enabled", true,
                "attributes", Map.of("school", List.of(schoolId)),
                "credentials", List.of(Map.of("type", "password", "value", target.password(), "temporary", false)));
        Http.Reply created = http.post(users, admin, user);
        if (created.status() != 201 && created.status() != 409) {
            Http.expectOk("Creating the account " + student.username(), created);
        }
        JsonNode found = Http.expectOk("Finding the account " + student.username(),
                http.get(users + "?exact=true&username=" + student.username(), admin));
        String id = found.path(0).path("id").asText();
        if (created.status() == 201) {
            JsonNode role = Http.expectOk("Reading the student role", http.get(target.keycloakUrl() + "/admin/realms/" + target.realm()
                    + "/roles/student", admin));
            Http.expectOk("Giving " + student.username() + " the student role",
                    http.post(users + "/" + id + "/role-mappings/realm", admin, List.of(Map.of("id", role.path("id").asText(), "name", "student"))));
        }
        userIds.put(student.username(), id);
        return id;
    }

    public String userId(String username) {
        String id = userIds.get(username);
        if (id == null) {
            throw new IllegalStateException(username + " has no account yet");
        }
        return id;
    }

    private String masterToken() {
        String key = "master/" + target.keycloakAdmin();
        Token cached = tokens.get(key);
        if (cached != null && Instant.now().isBefore(cached.refreshAfter())) {
            return cached.value();
        }
        JsonNode body = Http.expectOk("Logging in to Keycloak's master realm as " + target.keycloakAdmin(),
                http.form(target.keycloakUrl() + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                        "client_id", "admin-cli", "username", target.keycloakAdmin(), "password", target.keycloakAdminPassword())));
        Token token = new Token(body.path("access_token").asText(), Instant.now().plusSeconds(Math.max(20, body.path("expires_in").asLong(60) - 20)));
        tokens.put(key, token);
        return token.value();
    }
}
