package io.deltashare.booking.reservation.domain;

import java.time.Instant;

/**
 * What happened to a booking, each carrying the booking as it is afterwards. These are the service's own domain
 * events; the application turns them into the integration events of {@code contracts} (not every one has one:
 * waiting for approval is nobody else's business).
 */
public sealed interface BookingEvent {

    Booking booking();

    /** The firm asked; a voucher (if any) is yet to hold its share. */
    record Requested(Booking booking) implements BookingEvent {}

    /** The voucher holds its share (or none was needed) and the provider is to approve. */
    record AwaitingApproval(Booking booking) implements BookingEvent {}

    record Confirmed(Booking booking) implements BookingEvent {}

    /** Turned down, by the provider or for the voucher; its time is free again. */
    record Rejected(Booking booking, String reason) implements BookingEvent {}

    record Started(Booking booking) implements BookingEvent {}

    /** The provider reported the usage; the firm may dispute it until {@code disputableUntil}. */
    record Delivered(Booking booking, Instant disputableUntil, boolean firmConsentRequired) implements BookingEvent {}

    record Disputed(Booking booking, String reason) implements BookingEvent {}

    /** The usage is final: the fee is charged and a voucher's share redeemed. */
    record Completed(Booking booking) implements BookingEvent {}

    record NoShow(Booking booking, long chargeFen) implements BookingEvent {}

    /** Cancelled by the firm, with what that costs it; its time is free again. */
    record Cancelled(Booking booking, long chargeFen) implements BookingEvent {}
}
