package org.nearpeer.testing;

import static io.restassured.RestAssured.given;

import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import io.restassured.response.Response;

/**
 * A response checked against the service's own OpenAPI document (swagger-request-validator): the
 * body of a documented status must match its schema, so the document the admin UI and API clients
 * are generated from tells the truth.
 */
final class ResponseContract {

    private static OpenApiInteractionValidator validator;

    private ResponseContract() {
    }

    private static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            String document = given().accept("application/json").get("/q/openapi?format=json").asString();
            // Strict: a status the document does not list is a violation too (the standard problem
            // responses — 400, 401, 403, 404, 415, 503 — are documented for every operation).
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        }
        return validator;
    }

    /** The validator's errors for this response (empty when it matches the document). */
    static List<String> violations(String method, String path, Response response) {
        SimpleResponse.Builder simple = SimpleResponse.Builder.status(response.statusCode());
        if (response.contentType() != null && !response.contentType().isBlank()) {
            simple.withContentType(response.contentType());
        }
        String body = response.asString();
        if (body != null && !body.isEmpty()) {
            simple.withBody(body);
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator().validateResponse(bare, Request.Method.valueOf(method.toUpperCase()), simple.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage() + m.getContext().map(c -> " " + c.getPointers()).orElse("")).toList();
    }
}
