package org.nearpeer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

/** What every OpenAPI-driven suite checks of a response, and how it turns a path template into a path. */
final class ApiResponses {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private ApiResponses() {
    }

    /** Never a 5xx; every 4xx but 401 an RFC 7807 problem that repeats the status and has a type and title. */
    static void assertNoServerError(Response response) {
        assertThat(response.statusCode()).as("server error: " + abbreviate(response.asString())).isLessThan(500);
        if (response.statusCode() >= 400 && response.statusCode() != 401) {
            assertThat(response.contentType()).as("error body of " + response.statusCode()).startsWith("application/problem+json");
            JsonNode problem;
            try {
                problem = JSON.readTree(response.asString());
            } catch (IOException e) {
                throw new AssertionError("problem body is not JSON: " + abbreviate(response.asString()), e);
            }
            assertThat(problem.path("status").asInt()).as("problem status").isEqualTo(response.statusCode());
            assertThat(problem.path("title").asText()).as("problem title").isNotBlank();
            assertThat(problem.path("type").asText()).as("problem type").isNotBlank();
        }
    }

    /** The template's parameters replaced by the given values, any other by a fresh UUID. */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), UUID.randomUUID().toString());
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    static boolean hasPathParameter(String template) {
        return PATH_PARAMETER.matcher(template).find();
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
