package io.deltashare.settlement.claim.domain;

/** A bureau claim batch (兑付) goes one way: drafted, submitted to the bureau, approved by it, paid by it. */
public enum BatchStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    PAID;

    public boolean canBecome(BatchStatus target) {
        return ordinal() + 1 == target.ordinal();
    }
}
