package io.deltashare.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deltashare.platform.decision.Rejection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI per kind of problem
 * ({@code https://deltashare.io/problems/<slug>}); {@code errors} lists offending fields of a validation problem.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://deltashare.io/problems/";

    /** One rejected input: where it is ({@code field}, a JSON path or parameter name) and why. */
    public record FieldError(String field, String message) {}

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, List.of());
    }

    /** The answer to a refused command: its kind gives the status, its type the problem type. */
    public static Problem of(Rejection rejection) {
        return switch (rejection.kind()) {
            case NOT_FOUND -> notFound(rejection.reason());
            case FORBIDDEN -> of("forbidden", "Forbidden", 403, rejection.reason());
            case INVALID ->
                of(rejection.type(), "Invalid request", 400, rejection.reason())
                        .withErrors(rejection.violations().stream()
                                .map(v -> new FieldError(v.field(), v.reason()))
                                .toList());
            case CONFLICT ->
                rejection.violations().isEmpty()
                        ? conflict(rejection.type(), rejection.reason())
                        : conflict(rejection.type(), rejection.reason())
                                .withErrors(rejection.violations().stream()
                                        .map(v -> new FieldError(v.field(), v.reason()))
                                        .toList());
            case UNPROCESSABLE -> unprocessable(rejection.type(), rejection.reason());
            case STALE -> of(rejection.type(), "Precondition failed", 412, rejection.reason());
            case VERSION_REQUIRED -> of(rejection.type(), "Precondition required", 428, rejection.reason());
            case TOO_LARGE -> of(rejection.type(), "Payload too large", 413, rejection.reason());
            case UNSUPPORTED_MEDIA_TYPE -> of(rejection.type(), "Unsupported media type", 415, rejection.reason());
            case NOT_ACCEPTABLE -> of(rejection.type(), "Not acceptable", 406, rejection.reason());
        };
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    public Problem at(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    public static Problem badRequest(String detail) {
        return of("bad-request", "Bad request", 400, detail);
    }

    public static Problem notFound(String detail) {
        return of("not-found", "Not found", 404, detail);
    }

    public static Problem conflict(String slug, String detail) {
        return of(slug, "Conflict", 409, detail);
    }

    public static Problem unprocessable(String slug, String detail) {
        return of(slug, "Unprocessable request", 422, detail);
    }
}
