package io.deltashare.booking.deliverable.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A file the provider delivered against an order (a test report, a data set), optionally for one milestone: what it
 * is, how large, its SHA-256, and which store keeps its bytes.
 */
public record Deliverable(
        UUID id,
        UUID orderId,
        Integer milestone,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String store,
        String uploadedBy,
        Instant uploadedAt) {}
