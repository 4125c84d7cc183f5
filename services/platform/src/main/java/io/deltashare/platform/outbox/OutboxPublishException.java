package io.deltashare.platform.outbox;

/** A pass of the relay could not publish every row; the unpublished rows stay pending and are retried. */
public class OutboxPublishException extends RuntimeException {

    public OutboxPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
