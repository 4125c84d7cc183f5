package io.deltashare.platform.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A record a consumer set aside: where it was on Kafka, what it carried, why it failed and what an operator did about
 * it ({@code PENDING} until replayed or discarded).
 */
public record DeadLetter(
        UUID id,
        String consumer,
        String topic,
        int partition,
        long offset,
        byte[] key,
        byte[] payload,
        List<Header> headers,
        UUID eventId,
        String eventType,
        String eventSource,
        DeadLetterReason reason,
        String error,
        int attempts,
        Instant deadLetteredAt,
        Status status,
        int replays,
        String lastReplayError,
        Instant resolvedAt,
        String resolvedBy,
        String resolution) {

    /** Where a dead letter stands. */
    public enum Status {
        PENDING,
        REPLAYED,
        DISCARDED
    }

    /** A Kafka header as it came. */
    public record Header(String key, byte[] value) {}
}
