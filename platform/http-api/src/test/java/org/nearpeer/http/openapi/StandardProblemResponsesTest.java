package org.nearpeer.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** Every operation documents the problem responses a client can get, without losing its own descriptions. */
class StandardProblemResponsesTest {

    private final Operation create = OASFactory.createOperation()
            .requestBody(OASFactory.createRequestBody())
            .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", List.of("coordinator")))
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                    .addAPIResponse("409", OASFactory.createAPIResponse().description("The school already has a cycle for this semester")));
    private final Operation read = OASFactory.createOperation()
            .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
            .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("The cycle")));

    private final OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
            .addPathItem("/api/v1/cycles", OASFactory.createPathItem().POST(create))
            .addPathItem("/api/v1/cycles/{id}", OASFactory.createPathItem().GET(read))
            .addPathItem("/q/health", OASFactory.createPathItem().GET(OASFactory.createOperation()
                    .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("Up"))))));

    @Test
    void aSecuredWriteWithABodyListsBadInputAuthenticationRoleMediaTypeAndOutageProblems() {
        new StandardProblemResponses().filterOpenAPI(document);

        assertThat(create.getResponses().getAPIResponses()).containsKeys("201", "400", "401", "403", "409", "415", "503").doesNotContainKey("404");
        assertThat(problemSchemaOf(create.getResponses().getAPIResponse("400"))).isEqualTo("#/components/schemas/Problem");
        assertThat(create.getResponses().getAPIResponse("401").getContent()).as("401 comes from the security layer, without a body").isNull();
    }

    @Test
    void anOperationKeepsItsOwnDescriptionOfAStatusAndGainsTheProblemBody() {
        new StandardProblemResponses().filterOpenAPI(document);

        APIResponse conflict = create.getResponses().getAPIResponse("409");
        assertThat(conflict.getDescription()).isEqualTo("The school already has a cycle for this semester");
        assertThat(create.getResponses().getAPIResponse("201").getContent()).as("successes are left alone").isNull();
    }

    @Test
    void aPathThatNamesARecordListsNotFoundAndOnlyApiPathsAreTouched() {
        new StandardProblemResponses().filterOpenAPI(document);

        assertThat(read.getResponses().getAPIResponses()).containsKeys("200", "400", "404", "503").doesNotContainKeys("401", "403", "415");
        assertThat(document.getPaths().getPathItem("/q/health").getGET().getResponses().getAPIResponses()).containsOnlyKeys("200");
        assertThat(document.getComponents().getSchemas()).containsKey("Problem");
    }

    private static String problemSchemaOf(APIResponse response) {
        return response.getContent().getMediaType("application/problem+json").getSchema().getRef();
    }
}
