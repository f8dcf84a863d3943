package org.nearpeer.http.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 7807 problem document, served as {@code application/problem+json}.
 *
 * @param type       a URI naming the kind of problem ({@code urn:nearpeer:problem:<code>}, or
 *                   {@code about:blank} when the HTTP status says it all)
 * @param title      short, human-readable summary of the kind of problem
 * @param status     the HTTP status code
 * @param detail     what went wrong in this occurrence, in words a client developer can act on
 * @param instance   the request path
 * @param violations field-level errors, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field   the offending input, as a path such as {@code body.yearLevel} or {@code query.page}
     * @param message why it was rejected
     */
    public record Violation(String field, String message) {
    }
}
