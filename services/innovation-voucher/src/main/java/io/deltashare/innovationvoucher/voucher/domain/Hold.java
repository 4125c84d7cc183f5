package io.deltashare.innovationvoucher.voucher.domain;

import java.util.UUID;

/** What a voucher holds for one booking, until the booking completes (redeemed) or ends otherwise (released). */
public record Hold(UUID bookingId, UUID voucherId, long heldFen) {}
