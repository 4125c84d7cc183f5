package io.deltashare.booking.reservation.persistence;

import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingMode;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.booking.reservation.domain.Parties;
import io.deltashare.booking.reservation.domain.Pricing;
import io.deltashare.booking.reservation.domain.UsageReport;
import io.deltashare.contracts.catalog.Region;

/** The one mapping between a {@link Booking} and its row ({@link BookingEntity}); {@link BookingWriter} inserts the same columns. */
final class BookingRows {

    private BookingRows() {}

    static Booking toBooking(BookingEntity row) {
        return Booking.builder()
                .id(row.id)
                .parties(new Parties(
                        row.instrumentId,
                        row.instrumentCategory,
                        row.providerId,
                        row.providerOrganizationId,
                        Region.ofCode(row.providerRegion),
                        row.firmOrganizationId,
                        Region.ofCode(row.firmRegion),
                        row.bookedBy,
                        row.sandbox))
                .mode(BookingMode.valueOf(row.mode))
                .slot(row.start, row.end)
                .samples(row.samples)
                .tier(row.tier)
                .fee(new Pricing(row.feeUnit, row.feeQuantity, row.unitPriceFen, row.feeFen))
                .voucherId(row.voucherId)
                .createdAt(row.createdAt)
                .status(BookingStatus.valueOf(row.status))
                .voucherHeldFen(row.voucherHeldFen)
                .chargeFen(row.chargeFen)
                .reason(row.reason)
                .cancelledAt(row.cancelledAt)
                .usage(
                        row.deliveredAt == null
                                ? null
                                : new UsageReport(
                                        row.deliveredAt,
                                        Boolean.TRUE.equals(row.firmConsentRequired),
                                        row.disputeReason))
                .version(row.version)
                .build();
    }

    /** Copies what a move may change onto {@code row}; what was booked, and the version, stay as they are. */
    static void update(BookingEntity row, Booking booking) {
        row.feeQuantity = booking.fee().quantity();
        row.feeFen = booking.fee().amountFen();
        row.status = booking.status().name();
        row.voucherHeldFen = booking.voucherHeldFen();
        row.chargeFen = booking.chargeFen();
        row.reason = booking.reason();
        row.cancelledAt = booking.cancelledAt();
        if (booking.usage() != null) {
            row.deliveredAt = booking.usage().reportedAt();
            row.firmConsentRequired = booking.usage().firmConsentRequired();
            row.disputeReason = booking.usage().dispute();
        }
    }
}
