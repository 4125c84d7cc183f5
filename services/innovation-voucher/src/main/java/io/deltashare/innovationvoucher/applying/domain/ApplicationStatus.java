package io.deltashare.innovationvoucher.applying.domain;

/** Where a firm's application stands: waiting for its bureau, or decided once and for all. */
public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}
