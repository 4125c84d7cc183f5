package io.deltashare.platform.inbox;

/**
 * Thrown by a handler for an event that names a change that cannot be right (a version leap no real history makes, an
 * aggregate moved to another owner): it is dead-lettered at once with {@link DeadLetterReason#REFUSED} and the reason,
 * never retried and never applied. A forged event that got past the broker's ACLs ends here.
 */
public class EventRefusedException extends RuntimeException {

    public EventRefusedException(String reason) {
        super(reason);
    }
}
