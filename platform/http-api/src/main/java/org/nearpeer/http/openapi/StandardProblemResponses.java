package org.nearpeer.http.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.nearpeer.http.problem.Problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the problem responses every operation can give, so that the OpenAPI document lists
 * every status a client will see and the body it carries: 400 for bad input (when there is a body
 * or a parameter), 401 without a token, 403 for the wrong role or school, 404 for an unknown record
 * (when the path names one), 415 for a body that is not JSON, 503 while the database is away. An
 * operation's own, more specific description of a status is kept. Clients and the admin UI are
 * generated from this document, and the test suites validate every response against it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ensureProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                operations(item).values().forEach(operation -> document(path, operation));
            }
        });
    }

    /** Services that never name the problem type themselves still get its schema. */
    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        components.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 7807 problem document")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)));
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.getOperations() == null ? Map.of() : item.getOperations();
    }

    private static void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (hasBody || hasParameters) {
            problem(responses, "400", "Malformed or invalid input: the problem's violations name each field");
        }
        if (secured) {
            if (responses.getAPIResponse("401") == null) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse().description("No bearer token, or an invalid or expired one"));
            }
            problem(responses, "403", "The caller's role or school may not do this");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such record in the caller's school");
        }
        if (hasBody) {
            problem(responses, "415", "The body is not application/json");
        }
        problem(responses, "503", "The service's database is unavailable; retry after the Retry-After seconds");
    }

    /** Adds the status with a problem body, or gives an existing description of it its problem body. */
    private static void problem(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
    }
}
