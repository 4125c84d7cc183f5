package io.deltashare.membership.joining.domain;

/** Where an application stands: waiting for review, admitted, or refused with a reason (and open to correction). */
public enum Status {
    SUBMITTED,
    APPROVED,
    REJECTED
}
