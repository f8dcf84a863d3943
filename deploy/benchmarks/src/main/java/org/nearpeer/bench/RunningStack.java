package org.nearpeer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the benchmarks that run against {@code ./nearpeer up --detach} share: where its parts
 * listen (the launcher's {@code NEARPEER_PORT_*} variables, else the defaults), demo logins, and
 * the small helpers of their command lines and latency tables.
 */
final class RunningStack {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningStack() {
    }

    static int port(String component, int fallback) {
        String value = System.getenv("NEARPEER_PORT_" + component);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    static String url(String component, int fallback) {
        return "http://127.0.0.1:" + port(component, fallback);
    }

    /** An access token of a demo user (password grant of the CLI client). */
    static String token(HttpClient http, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=nearpeer-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=nearpeer";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("KEYCLOAK", 8180) + "/realms/nearpeer/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + " (is the stack up? ./nearpeer up --detach): " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    static int intOption(List<String> options, String name, int fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? Integer.parseInt(options.get(at + 1)) : fallback;
    }

    /** The q-quantile of sorted values (nearest rank); NaN when there are none. */
    static double percentile(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
