package io.deltashare.platform.problem;

/** A service's common ways of saying no over HTTP, each a problem+json with a stable type. */
public final class Refusal {

    private Refusal() {
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.notFound(what + " does not exist"));
    }

    public static ProblemException forbidden(String why) {
        return new ProblemException(Problem.of("forbidden", "Forbidden", 403, why));
    }

    public static ProblemException conflict(String slug, String why) {
        return new ProblemException(Problem.conflict(slug, why));
    }

    public static ProblemException unprocessable(String slug, String why) {
        return new ProblemException(Problem.unprocessable(slug, why));
    }

    public static ProblemException invalid(java.util.List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message())
                .collect(java.util.stream.Collectors.joining("; "));
        return new ProblemException(Problem.of("validation", "Invalid request", 400, detail).withErrors(errors));
    }
}
