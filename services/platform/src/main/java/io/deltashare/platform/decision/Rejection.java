package io.deltashare.platform.decision;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a command is refused, as a value: a {@link Kind} that says whose move it is, a stable {@code type} (a slug such as
 * {@code illegal-transition}, the end of the problem's type URI), a reason a person can read, and for invalid input the
 * fields at fault. Domain rules return it; application services raise it as {@link Rejected}; one adapter in
 * {@code platform.problem} answers it as problem+json. Nothing here knows HTTP.
 */
public record Rejection(Kind kind, String type, String reason, List<Violation> violations) {

    /** Whose move it is after the refusal. */
    public enum Kind {
        /** The request names something that does not exist, or that the caller may not know of. */
        NOT_FOUND,
        /** The caller may not do this. */
        FORBIDDEN,
        /** The request is malformed or breaks rules about its fields; {@link #violations} names them. */
        INVALID,
        /** The request is well formed but the thing's state does not allow it now. */
        CONFLICT,
        /** The request is well formed but cannot be carried out as asked, whatever the state. */
        UNPROCESSABLE,
        /** The request changes a version of the thing that is no longer the current one. */
        STALE,
        /** The request changes a thing without naming the version it read. */
        VERSION_REQUIRED,
        /** The request's body is larger than the thing it carries may be. */
        TOO_LARGE,
        /** The request's body is of a media type the resource does not take. */
        UNSUPPORTED_MEDIA_TYPE,
        /** The request accepts only answers in media types the resource does not give. */
        NOT_ACCEPTABLE
    }

    public Rejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        violations = List.copyOf(violations);
    }

    /** {@code what} (e.g. "booking 3f…") does not exist, or is not the caller's to see. */
    public static Rejection notFound(String what) {
        return new Rejection(Kind.NOT_FOUND, "not-found", what + " does not exist", List.of());
    }

    public static Rejection forbidden(String why) {
        return new Rejection(Kind.FORBIDDEN, "forbidden", why, List.of());
    }

    public static Rejection conflict(String type, String why) {
        return new Rejection(Kind.CONFLICT, type, why, List.of());
    }

    /** Like {@link #conflict(String, String)}, naming the field whose value clashes (a duplicate of something). */
    public static Rejection conflict(String type, String why, String field) {
        return new Rejection(Kind.CONFLICT, type, why, List.of(new Violation(field, why)));
    }

    public static Rejection unprocessable(String type, String why) {
        return new Rejection(Kind.UNPROCESSABLE, type, why, List.of());
    }

    /** The thing changed since the client read it (see {@link ExpectedVersion}). */
    public static Rejection tooLarge(String why) {
        return new Rejection(Kind.TOO_LARGE, "payload-too-large", why, List.of());
    }

    public static Rejection unsupportedMediaType(String why) {
        return new Rejection(Kind.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", why, List.of());
    }

    public static Rejection notAcceptable(String why) {
        return new Rejection(Kind.NOT_ACCEPTABLE, "not-acceptable", why, List.of());
    }

    public static Rejection stale(String why) {
        return new Rejection(Kind.STALE, "stale-version", why, List.of());
    }

    /** The client must name the version it changes (see {@link ExpectedVersion}). */
    public static Rejection versionRequired(String why) {
        return new Rejection(Kind.VERSION_REQUIRED, "precondition-required", why, List.of());
    }

    /** Input that breaks rules about its fields; the reason lists them all. */
    public static Rejection invalid(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one violation");
        }
        return new Rejection(
                Kind.INVALID,
                "validation",
                violations.stream().map(v -> v.field() + " " + v.reason()).collect(Collectors.joining("; ")),
                violations);
    }

    public static Rejection invalid(String field, String reason) {
        return invalid(List.of(new Violation(field, reason)));
    }

    /** The exception that ends the use case with this rejection (and rolls back its transaction). */
    public Rejected asException() {
        return new Rejected(this);
    }
}
