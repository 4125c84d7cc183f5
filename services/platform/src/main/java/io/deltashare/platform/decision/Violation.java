package io.deltashare.platform.decision;

/** A broken rule about one field of a request: which field (a JSON path or parameter name), and why, in words a user can act on. */
public record Violation(String field, String reason) {}
