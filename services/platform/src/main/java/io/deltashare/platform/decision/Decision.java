package io.deltashare.platform.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a domain object decided about a command: accepted, with what happened (usually the events), or rejected with
 * a {@link Rejection}. Rules return it rather than throw, so a test reads the decision as a value.
 */
public sealed interface Decision<T> {

    /** The command is accepted; {@code outcome} is what happened. */
    record Accepted<T>(T outcome) implements Decision<T> {}

    /** The command is refused, and nothing changed. */
    record Refused<T>(Rejection rejection) implements Decision<T> {}

    static <T> Decision<T> accept(T outcome) {
        return new Accepted<>(outcome);
    }

    static <T> Decision<T> reject(Rejection rejection) {
        return new Refused<>(rejection);
    }

    /** Refused for invalid input when {@code violations} lists any, else accepted with what {@code outcome} gives. */
    static <T> Decision<T> unlessViolated(List<Violation> violations, java.util.function.Supplier<T> outcome) {
        return violations.isEmpty() ? accept(outcome.get()) : reject(Rejection.invalid(violations));
    }

    /** What happened, when accepted; empty when refused (for callers to whom a refusal means "nothing to do"). */
    default Optional<T> accepted() {
        return this instanceof Accepted<T> accepted ? Optional.of(accepted.outcome()) : Optional.empty();
    }

    /** The rejection, when refused. */
    default Optional<Rejection> rejected() {
        return this instanceof Refused<T> refused ? Optional.of(refused.rejection()) : Optional.empty();
    }

    /** What happened; a refusal is raised as {@link Rejected}, for application services that end the use case there. */
    default T orElseThrow() {
        if (this instanceof Refused<T> refused) {
            throw refused.rejection().asException();
        }
        return ((Accepted<T>) this).outcome();
    }

    /** The outcome mapped, a refusal passed on as it is. */
    default <R> Decision<R> map(Function<T, R> mapping) {
        return this instanceof Accepted<T> accepted
                ? accept(mapping.apply(accepted.outcome()))
                : reject(((Refused<T>) this).rejection());
    }

    /** Goes on with {@code next} when accepted. */
    default <R> Decision<R> then(Function<T, Decision<R>> next) {
        return this instanceof Accepted<T> accepted
                ? next.apply(accepted.outcome())
                : reject(((Refused<T>) this).rejection());
    }
}
