package io.deltashare.instrumentcatalog.instrument.domain;

/** A rule an instrument listing breaks: the field a person must fix and why. */
public record Violation(String field, String reason) {
}
