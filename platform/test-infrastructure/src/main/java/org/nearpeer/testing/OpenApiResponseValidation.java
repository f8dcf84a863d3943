package org.nearpeer.testing;

import java.util.List;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every REST Assured call a service's tests make to its {@code /api/} is checked against the
 * service's own OpenAPI document: the status must be documented for the operation and the body
 * must match its schema — for successes, refusals and problems alike. No test can forget it.
 * Registered as a Quarkus test callback (META-INF/services), so it runs in the class loader the
 * tests and their REST Assured run in, before every {@code @QuarkusTest} method.
 */
public final class OpenApiResponseValidation implements QuarkusTestBeforeEachCallback {

    private static final Filter FILTER = new ResponseFilter();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    private static final class ResponseFilter implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
            Response response = context.next(request, responseSpec);
            String path = request.getDerivedPath();
            if (path.startsWith("/api/") && request.getPort() == RestAssured.port) {
                List<String> violations = ResponseContract.violations(request.getMethod(), path, response);
                if (!violations.isEmpty()) {
                    throw new AssertionError("The answer of " + request.getMethod() + " " + path + " (" + response.statusCode()
                            + ") does not match the OpenAPI document: " + violations + "\nbody: " + ApiResponses.abbreviate(response.asString()));
                }
            }
            return response;
        }
    }
}
