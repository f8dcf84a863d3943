package org.nearpeer.demo.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** JSON over HTTP with a bearer token; a failed call says which request failed and the problem the service gave. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public record Reply(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem type without its URN prefix, e.g. {@code training-not-completed}; empty for other bodies. */
        public String problem() {
            String type = body.path("type").asText("");
            return type.substring(type.lastIndexOf(':') + 1);
        }
    }

    public Reply get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    public Reply post(String url, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(json(body)).header("Content-Type", "application/json"), token);
    }

    public Reply put(String url, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(json(body)).header("Content-Type", "application/json"), token);
    }

    public Reply form(String url, Map<String, String> fields) {
        String encoded = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(encoded))
                .header("Content-Type", "application/x-www-form-urlencoded"), null);
    }

    /** The body of a successful call; anything else stops the load with what went wrong. */
    public static JsonNode expectOk(String what, Reply reply) {
        if (!reply.ok()) {
            throw new LoadFailure(what + " failed: HTTP " + reply.status() + " " + reply.body().path("detail").asText(reply.body().toString()));
        }
        return reply.body();
    }

    private Reply send(HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? MissingNode.getInstance() : parse(text);
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            throw new LoadFailure(built.method() + " " + built.uri() + " could not be sent: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted");
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
