package io.deltashare.booking.deliverable.application;

import java.io.InputStream;
import java.util.UUID;

/**
 * Where the bytes of deliverables are kept: PostgreSQL for the local run and the tests ({@code postgres}), or an
 * S3-compatible object store for a deployment that points there ({@code s3}, with the AWS SDK for Java 2.x). Which one
 * is {@code booking.deliverables.store}.
 */
public interface DeliverableFiles {

    /** What a stored file turned out to be. */
    record Stored(long sizeBytes, String sha256, byte[] head) {}

    /** Thrown when the stream runs past the limit; nothing of it is kept. */
    final class TooLarge extends RuntimeException {

        public TooLarge(long limit) {
            super("over the limit of " + limit + " bytes");
        }
    }

    /** The store's name, as recorded with each deliverable. */
    String name();

    /**
     * Stores {@code content} under {@code key} as it streams in, at most {@code maxBytes}, computing its size, SHA-256
     * and first bytes; throws {@link TooLarge} (keeping nothing) when it is longer.
     */
    Stored store(UUID key, InputStream content, long maxBytes);

    /** The stored bytes of {@code key}, to be read once and closed. */
    InputStream open(UUID key);

    /** Forgets {@code key}; nothing happens when it is not there. */
    void delete(UUID key);
}
