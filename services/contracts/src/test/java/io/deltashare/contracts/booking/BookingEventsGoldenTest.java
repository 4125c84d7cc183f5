package io.deltashare.contracts.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.GoldenJson;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherReservationRejected;
import io.deltashare.contracts.voucher.VoucherReserved;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the wire format of the booking events and of the voucher replies booking consumes. */
class BookingEventsGoldenTest {

    private static final UUID BOOKING = UUID.fromString("b0000000-0000-4000-8000-000000000007");
    private static final UUID VOUCHER = UUID.fromString("e0000000-0000-4000-8000-000000000003");

    /** A Jiangsu firm's two-hour slot on a Shanghai SEM, paid partly with a Jiangsu voucher. */
    static BookingSnapshot aJiangsuFirmsSlotInShanghai(String status) {
        return new BookingSnapshot(
                BOOKING,
                UUID.fromString("9a8b7c6d-0000-4000-8000-000000000042"),
                "electron-microscopy",
                UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                Region.CN_SH,
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000102"),
                Region.CN_JS,
                "SLOT",
                Instant.parse("2026-12-01T01:00:00Z"),
                Instant.parse("2026-12-01T03:00:00Z"),
                null,
                "ENTERPRISE",
                new Fee("HOUR", "2", Money.parse("600.00"), Money.parse("1200.00")),
                VOUCHER,
                status,
                3,
                false);
    }

    @Test
    void bookingRequested() {
        GoldenJson.assertMatches(
                new BookingRequested(aJiangsuFirmsSlotInShanghai("REQUESTED")), "booking-requested.v1.json");
    }

    @Test
    void bookingConfirmed() {
        GoldenJson.assertMatches(
                new BookingConfirmed(aJiangsuFirmsSlotInShanghai("CONFIRMED")), "booking-confirmed.v1.json");
    }

    @Test
    void bookingRejected() {
        GoldenJson.assertMatches(
                new BookingRejected(
                        aJiangsuFirmsSlotInShanghai("REJECTED"), "voucher does not accept providers in CN-SH"),
                "booking-rejected.v1.json");
    }

    @Test
    void bookingStarted() {
        GoldenJson.assertMatches(
                new BookingStarted(aJiangsuFirmsSlotInShanghai("IN_PROGRESS")), "booking-started.v1.json");
    }

    @Test
    void bookingDelivered() {
        GoldenJson.assertMatches(
                new BookingDelivered(
                        aJiangsuFirmsSlotInShanghai("DELIVERED"), Instant.parse("2026-12-04T03:10:00Z"), false),
                "booking-delivered.v1.json");
    }

    @Test
    void bookingDisputed() {
        GoldenJson.assertMatches(
                new BookingDisputed(
                        aJiangsuFirmsSlotInShanghai("DISPUTED"), "we used the microscope for 90 minutes, not 120"),
                "booking-disputed.v1.json");
    }

    @Test
    void bookingCompleted() {
        GoldenJson.assertMatches(
                new BookingCompleted(aJiangsuFirmsSlotInShanghai("COMPLETED")), "booking-completed.v1.json");
    }

    @Test
    void bookingCancelled() {
        GoldenJson.assertMatches(
                new BookingCancelled(aJiangsuFirmsSlotInShanghai("CANCELLED"), Money.parse("600.00")),
                "booking-cancelled.v1.json");
    }

    @Test
    void bookingNoShow() {
        GoldenJson.assertMatches(
                new BookingNoShow(aJiangsuFirmsSlotInShanghai("NO_SHOW"), Money.parse("1200.00")),
                "booking-no-show.v1.json");
    }

    @Test
    void voucherReserved() {
        GoldenJson.assertMatches(
                new VoucherReserved(VOUCHER, BOOKING, Money.parse("600.00"), Money.parse("9400.00")),
                "voucher-reserved.v1.json");
    }

    /** {@code sandbox} was added to v1 later: a booking event written before it reads as a real booking. */
    @Test
    void aBookingEventFromBeforeSandboxesReadsAsReal() {
        assertThat(GoldenJson.readWithout("booking-completed.v1.json", "sandbox", BookingCompleted.class))
                .isEqualTo(new BookingCompleted(aJiangsuFirmsSlotInShanghai("COMPLETED")))
                .extracting(completed -> completed.booking().sandbox())
                .isEqualTo(false);
    }

    @Test
    void voucherReservationRejected() {
        GoldenJson.assertMatches(
                new VoucherReservationRejected(VOUCHER, BOOKING, "voucher does not accept providers in CN-SH"),
                "voucher-reservation-rejected.v1.json");
    }
}
