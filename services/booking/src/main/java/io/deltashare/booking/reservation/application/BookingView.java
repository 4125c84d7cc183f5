package io.deltashare.booking.reservation.application;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.money.Money;
import java.time.Instant;

/**
 * A booking as its firm and provider see it: the snapshot other services receive, what the voucher holds for it,
 * what a cancellation or no-show charged, and why it was rejected.
 */
public record BookingView(BookingSnapshot booking, Money voucherHeld, Money charge, String reason, Instant createdAt) {
}
