package io.deltashare.gateway.webhook.domain;

/**
 * Where a delivery stands: not yet answered with a 2xx, answered, given up after its retries, or withheld because the
 * partner is no longer linked to the event's firm.
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED,
    WITHHELD
}
