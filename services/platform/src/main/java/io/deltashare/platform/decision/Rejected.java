package io.deltashare.platform.decision;

import java.util.List;

/**
 * Ends a use case with a {@link Rejection}. Application services throw it, so that the transaction they run in rolls
 * back and changes nothing; domain code returns rejections as values ({@link Decision}) instead. The static factories
 * read as the refusal they raise: {@code throw Rejected.forbidden("only staff of the provider may do this")}.
 */
public final class Rejected extends RuntimeException {

    private final transient Rejection rejection;

    public Rejected(Rejection rejection) {
        super(rejection.reason(), null, false, false); // a refusal, not a fault: no stack trace to fill
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    public static Rejected notFound(String what) {
        return Rejection.notFound(what).asException();
    }

    public static Rejected forbidden(String why) {
        return Rejection.forbidden(why).asException();
    }

    public static Rejected conflict(String type, String why) {
        return Rejection.conflict(type, why).asException();
    }

    /** A conflict with something that exists, naming the request's field that clashes with it. */
    public static Rejected conflict(String type, String why, String field) {
        return Rejection.conflict(type, why, field).asException();
    }

    public static Rejected unprocessable(String type, String why) {
        return Rejection.unprocessable(type, why).asException();
    }

    /** None of the media types the request accepts is one the resource gives (406). */
    public static Rejected notAcceptable(String why) {
        return Rejection.notAcceptable(why).asException();
    }

    public static Rejected invalid(String field, String reason) {
        return Rejection.invalid(field, reason).asException();
    }

    public static Rejected invalid(List<Violation> violations) {
        return Rejection.invalid(violations).asException();
    }
}
