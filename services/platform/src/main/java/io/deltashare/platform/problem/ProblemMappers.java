package io.deltashare.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.failure.Faults;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into RFC 9457 {@code application/problem+json}: bad input is a 400 naming the
 * field, never a 500; only a real fault is a 500, and its details stay in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.problem().at(path(uri)).toResponse();
    }

    /** The one place a rule's {@link Rejected refusal} becomes HTTP. */
    @ServerExceptionMapper
    public Response rejected(Rejected e, UriInfo uri) {
        return Problem.of(e.rejection()).at(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail =
                errors.stream().map(err -> err.field() + " " + err.message()).collect(Collectors.joining("; "));
        return Problem.of("validation", "Invalid request", 400, detail)
                .withErrors(errors)
                .at(path(uri))
                .toResponse();
    }

    /** More specific than the mapper quarkus-rest-jackson brings for this type, so ours answers. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Problem problem;
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            // a body sent without its length, past the JSON limit of a service that takes larger bodies for files
            problem = Problem.of(
                    "payload-too-large",
                    "Payload too large",
                    413,
                    "the request body is over the limit: " + e.getOriginalMessage());
        } else if (e instanceof JsonParseException) {
            problem = Problem.of(
                    "malformed-json",
                    "Malformed JSON",
                    400,
                    "the request body is not valid JSON: " + e.getOriginalMessage());
        } else if (e instanceof JsonMappingException mapping) {
            String field = jsonPath(mapping);
            problem = Problem.of("invalid-field", "Invalid request", 400, describe(mapping, field))
                    .withErrors(List.of(new Problem.FieldError(field, describe(mapping, null))));
        } else {
            problem = Problem.badRequest("the request body cannot be read: " + e.getOriginalMessage());
        }
        return problem.at(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of("forbidden", "Forbidden", 403, "your role or organization may not do this")
                .at(path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // quarkus-rest-jackson wraps body-reading failures in a 400; name the real problem
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason != null ? reason.getReasonPhrase() : "HTTP " + status;
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = status >= 500 ? "the service could not complete the request" : e.getMessage();
        Response.ResponseBuilder answer = Response.fromResponse(
                Problem.of(slug, title, status, detail).at(path(uri)).toResponse());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response fault(Throwable e, UriInfo uri) {
        if (Faults.isTransient(e)) {
            // the database or broker is away for a moment: the client may try again (with its Idempotency-Key)
            LOG.warnf("%s answered 503: %s", path(uri), e);
            return Response.fromResponse(Problem.of(
                                    "service-unavailable",
                                    "Service Unavailable",
                                    503,
                                    "the service cannot reach its database or broker just now; try again shortly")
                            .at(path(uri))
                            .toResponse())
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        LOG.errorf(e, "unexpected fault on %s", path(uri));
        return Problem.of("internal", "Internal error", 500, "the service could not complete the request")
                .at(path(uri))
                .toResponse();
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(Problem.of(
                                "unauthorized",
                                "Unauthorized",
                                401,
                                "a valid bearer token from the deltashare realm is required")
                        .at(path(uri))
                        .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"deltashare\"")
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** {@code create.arg0.slot.from} becomes {@code slot.from}: the method and parameter are not the client's business. */
    private static String field(ConstraintViolation<?> violation) {
        String[] nodes = violation.getPropertyPath().toString().split("\\.");
        int skip = nodes.length > 2 ? 2 : Math.min(1, nodes.length - 1);
        return String.join(".", Arrays.copyOfRange(nodes, skip, nodes.length));
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "$" : path;
    }

    private static String describe(JsonMappingException e, String field) {
        String prefix = field == null ? "" : field + ": ";
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return prefix + "'" + invalid.getValue() + "' is not one of "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (e instanceof InvalidFormatException invalid) {
            return prefix + "'" + invalid.getValue() + "' is not a valid "
                    + invalid.getTargetType().getSimpleName();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return prefix + "unknown field '" + unknown.getPropertyName() + "'";
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException || cause instanceof ArithmeticException) {
            return prefix + cause.getMessage();
        }
        return prefix + "wrong type or shape (" + e.getOriginalMessage().split("\n")[0] + ")";
    }
}
