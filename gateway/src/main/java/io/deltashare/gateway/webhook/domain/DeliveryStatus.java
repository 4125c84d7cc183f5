package io.deltashare.gateway.webhook.domain;

/** Where a delivery stands: not yet answered with a 2xx, answered, or given up after its retries. */
public enum DeliveryStatus { PENDING, DELIVERED, FAILED }
