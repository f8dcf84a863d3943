package org.nearpeer.http.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.ForbiddenException;

/**
 * Turns every failure of a request into {@code application/problem+json}: domain exceptions keep
 * their status, validation and malformed JSON answer 400 naming the field, and anything
 * unexpected answers a bare 500 with an incident id (logged with its stack trace, never sent).
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return respond(new Problem("urn:nearpeer:problem:" + e.code(), e.title(), e.status(), e.getMessage(), path(uri), e.violations()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(queryParameterOf(v).orElseGet(() -> fieldOf(v.getPropertyPath())), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return respond(new Problem("urn:nearpeer:problem:invalid-input", "Invalid input", 400,
                "The request has " + violations.size() + " invalid field(s).", path(uri), violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.Violation> violations = List.of();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return respond(new Problem("urn:nearpeer:problem:unknown-field", "Unknown field", 400,
                    "'" + unknown.getPropertyName() + "' is not a field of this request; ids, school, status and audit fields are set by the server.",
                    path(uri), List.of(new Problem.Violation("body." + jsonPath(unknown), "is not a field of this request"))));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            violations = List.of(new Problem.Violation("body." + jsonPath(mapping), "has the wrong type or format"));
        }
        return respond(new Problem("urn:nearpeer:problem:malformed-json", "Malformed request body", 400,
                "The request body is not valid JSON for this operation: " + e.getOriginalMessage(), path(uri), violations));
    }

    // Quarkus REST ships mappers for these two; more specific types win, so ours are declared too.
    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Forbidden", 403, "Your role does not allow this operation.", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e instanceof NotFoundException && cause != null && !(cause instanceof WebApplicationException)) {
            return unconvertibleParameter(cause, uri);
        }
        Response.StatusType statusType = original.getStatusInfo();
        String detail = e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage() : statusType.getReasonPhrase();
        Response.ResponseBuilder builder = Response.fromResponse(original).entity(
                new Problem("about:blank", statusType.getReasonPhrase(), status, detail, path(uri), List.of())).type(Problem.MEDIA_TYPE);
        return builder.build();
    }

    /**
     * JAX-RS answers a query or path parameter it cannot convert (page=twelve, a malformed UUID)
     * with 404. For a query parameter that is bad input, so 400 naming the parameter; for a path
     * segment the URL names no record, so 404, saying why.
     */
    private static Response unconvertibleParameter(Throwable conversion, UriInfo uri) {
        String message = String.valueOf(conversion.getMessage());
        if (uri != null) {
            var culprit = queryParameterNamedBy(message, uri.getPathSegments().stream().map(PathSegment::getPath).toList(),
                    uri.getQueryParameters());
            if (culprit.isPresent()) {
                return respond(new Problem("urn:nearpeer:problem:invalid-input", "Invalid input", 400, "The request has 1 invalid field(s).",
                        path(uri), List.of(new Problem.Violation("query." + culprit.get().getKey(),
                                "'" + culprit.get().getValue() + "' has the wrong form for this parameter"))));
            }
        }
        return respond(new Problem("about:blank", "Not Found", 404,
                "The path names no record: a part of it has the wrong form (" + message + ").", path(uri), List.of()));
    }

    /**
     * The query parameter (name and value) whose value a converter's failure message quotes. The
     * message may also contain a path segment by chance (a class name holding "coding"), or a
     * short query value may occur inside a quoted path segment: the longest quoted part is taken
     * for the culprit, and a path segment wins a tie.
     */
    static java.util.Optional<Map.Entry<String, String>> queryParameterNamedBy(String message, List<String> pathSegments,
            Map<String, List<String>> query) {
        int longestSegment = pathSegments.stream().filter(segment -> !segment.isEmpty() && message.contains(segment))
                .mapToInt(String::length).max().orElse(0);
        Map.Entry<String, String> culprit = null;
        for (var parameter : query.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.length() > longestSegment && message.contains(value) && (culprit == null || value.length() > culprit.getValue().length())) {
                    culprit = Map.entry(parameter.getKey(), value);
                }
            }
        }
        return java.util.Optional.ofNullable(culprit);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            // An outage, not a bug: say so, and when to try again (the write did not happen).
            LOG.warnf("Database unreachable: %s", e.getMessage());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(new Problem("urn:nearpeer:problem:service-unavailable", "Service unavailable", 503,
                            "The service cannot reach its database right now; nothing was changed. Try again in a few seconds.", path(uri), List.of()))
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "The request could not be completed. Quote incident " + incident + " when reporting it.", path(uri), List.of()));
    }

    /** A connection failure anywhere in the cause chain: SQLState class 08, a server shutting down (57P), or a pool that cannot connect. */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A violation on a field of a {@code @BeanParam} is named by its query parameter, e.g. {@code size}. */
    private static java.util.Optional<String> queryParameterOf(ConstraintViolation<?> violation) {
        Object leaf = violation.getLeafBean();
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            property = node.getName();
        }
        if (leaf == null || property == null) {
            return java.util.Optional.empty();
        }
        for (Class<?> type = leaf.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                jakarta.ws.rs.QueryParam query = type.getDeclaredField(property).getAnnotation(jakarta.ws.rs.QueryParam.class);
                return query == null ? java.util.Optional.empty() : java.util.Optional.of(query.value());
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code create.request.yearLevel} → {@code body.yearLevel}; {@code list.page} → {@code page}. */
    private static String fieldOf(Path propertyPath) {
        StringBuilder field = new StringBuilder();
        String origin = "body";
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                origin = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            return origin;
        }
        // Properties below a parameter only exist for a request body.
        return "body." + field;
    }
}
