package io.deltashare.platform.problem;

/** Ends a request with a problem+json answer; for REST adapters, not for business rules (those return values). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
