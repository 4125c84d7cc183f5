package io.deltashare.settlement.reconciliation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What each service holds about a set of bookings, as it says it: booking's bookings, innovation-voucher's holds,
 * settlement's journal and redemption records. Amounts in fen.
 */
public record Facts(List<Booking> bookings, List<Hold> holds, List<Posting> postings, List<Redemption> redemptions) {

    /** A booking as booking has it; a {@code sandbox} one (a partner testing its integration) is owed nothing. */
    public record Booking(
            UUID id,
            String status,
            UUID firm,
            String firmRegion,
            UUID provider,
            String providerRegion,
            UUID voucherId,
            long feeFen,
            Long voucherHeldFen,
            Long chargeFen,
            Instant createdAt,
            boolean sandbox) {}

    /** A voucher's hold for a booking, as innovation-voucher has it. */
    public record Hold(
            UUID bookingId,
            UUID voucherId,
            String issuingRegion,
            String status,
            long heldFen,
            long redeemedFen,
            long releasedFen) {}

    /**
     * A journal transaction that posts a booking's event, and not reversed: {@code kind} is
     * {@code BOOKING_COMPLETED}, {@code CANCELLATION_FEE}, {@code NO_SHOW_FEE} or {@code VOUCHER_REDEEMED};
     * {@code debited} is the account owner debited (the firm, or for a voucher the issuing region's bureau),
     * {@code credited} the one credited (the provider, or the firm the voucher pays for).
     */
    public record Posting(
            UUID transactionId, UUID bookingId, String kind, long amountFen, String debited, String credited) {}

    /** A redemption settlement will claim from the issuing bureau (in a claim batch or waiting for one). */
    public record Redemption(UUID bookingId, String issuingRegion, long amountFen, UUID batchId) {}
}
