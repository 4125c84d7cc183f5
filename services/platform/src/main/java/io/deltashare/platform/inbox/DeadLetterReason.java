package io.deltashare.platform.inbox;

/** Why a record can never be applied as it is, and so was set aside instead of retried. */
public enum DeadLetterReason {
    /** No valid CloudEvents envelope: it cannot even be deduplicated. */
    NO_ENVELOPE,
    /** A type these contracts do not define (a newer producer, or a forger); replay it once the consumer knows it. */
    UNKNOWN_TYPE,
    /** A source other than the topic's owning service, or a type that belongs on another topic: forged or misrouted. */
    WRONG_SOURCE,
    /** The body does not read as the event record its type names. */
    UNDECODABLE,
    /** The handler refused it as impossible ({@link EventRefusedException}): a version leap, a change of owner. */
    REFUSED,
    /** The handler refused it on every attempt while the database answered: a rule the event breaks, or a bug. */
    HANDLER_FAILED
}
