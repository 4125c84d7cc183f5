package io.deltashare.booking.order.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A part of an order's work and what it costs; accepting it bills it.
 *
 * @param deliveryNote  what the provider said when it last delivered it, or null
 * @param disputeReason why the firm last disputed it, or null
 */
public record Milestone(
        int number,
        String title,
        long amountFen,
        LocalDate due,
        MilestoneStatus status,
        String deliveryNote,
        Instant deliveredAt,
        String disputeReason,
        Instant acceptedAt) {

    Milestone delivered(String note, Instant at) {
        return new Milestone(number, title, amountFen, due, MilestoneStatus.DELIVERED, note, at, disputeReason, null);
    }

    Milestone accepted(Instant at) {
        return new Milestone(
                number, title, amountFen, due, MilestoneStatus.ACCEPTED, deliveryNote, deliveredAt, disputeReason, at);
    }

    Milestone disputed(String reason) {
        return new Milestone(
                number, title, amountFen, due, MilestoneStatus.DISPUTED, deliveryNote, deliveredAt, reason, null);
    }
}
