package io.deltashare.booking.reservation.domain;

import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.testkit.keycloak.DemoRealm;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Bookings and instruments with intent, for the plain tests of the booking rules. */
public final class Bookings {

    /** Monday 7 December 2026, 09:00 in Shanghai: the slot the fixtures book. */
    public static final Instant SLOT_START = Instant.parse("2026-12-07T01:00:00Z");

    public static final Instant SLOT_END = SLOT_START.plus(Duration.ofHours(3));
    /** A week before the slot: when the fixtures' bookings are made. */
    public static final Instant A_WEEK_BEFORE = SLOT_START.minus(Duration.ofDays(7));

    public static final UUID SHANGHAI_CENTRE = DemoRealm.SH_ANALYSIS_CENTRE;
    public static final UUID JIANGSU_FIRM = DemoRealm.JS_BIOMED;

    public static final CompletionRules COMPLETION =
            new CompletionRules(Duration.ofMinutes(30), Duration.ZERO, Duration.ofMinutes(15), Duration.ofDays(3));
    public static final HoardingRules HOARDING = new HoardingRules(Duration.ofDays(90), 20, 5, Duration.ofDays(30));
    public static final Charges CHARGES = new Charges(100);

    private Bookings() {}

    /** A ¥600-an-hour SEM (¥360 for researchers) in Shanghai, open 08:00–18:00 every day, booked without the provider's approval. */
    public static BookableInstrument aShanghaiSem() {
        return new BookableInstrument(
                UUID.randomUUID(),
                "electron-microscopy",
                UUID.randomUUID(),
                SHANGHAI_CENTRE,
                Region.CN_SH,
                "ACTIVE",
                new BookingTerms(BookingMode.SLOT, everyDay("08:00", "18:00"), 60, 480, 24),
                36_000,
                60_000,
                true,
                false);
    }

    /** The same SEM, whose provider approves every booking. */
    public static BookableInstrument aShanghaiSemNeedingApproval() {
        BookableInstrument sem = aShanghaiSem();
        return new BookableInstrument(
                sem.id(),
                sem.category(),
                sem.providerId(),
                sem.providerOrganizationId(),
                sem.providerRegion(),
                sem.status(),
                sem.terms(),
                sem.academicPriceFen(),
                sem.enterprisePriceFen(),
                sem.voucherEligible(),
                true);
    }

    /** A Jiangsu firm books {@code instrument}. */
    public static Parties aJiangsuFirmBooking(BookableInstrument instrument) {
        return new Parties(
                instrument.id(),
                instrument.category(),
                instrument.providerId(),
                instrument.providerOrganizationId(),
                instrument.providerRegion(),
                JIANGSU_FIRM,
                Region.CN_JS,
                "firm-officer",
                false);
    }

    /** The 09:00–12:00 slot, without a voucher. */
    public static Booking.Request theMorningSlot() {
        return new Booking.Request(SLOT_START, SLOT_END, null, null);
    }

    /** The 09:00–12:00 slot, paid in part with a voucher. */
    public static Booking.Request theMorningSlotWithAVoucher() {
        return new Booking.Request(SLOT_START, SLOT_END, null, UUID.randomUUID());
    }

    /** A Jiangsu firm's confirmed morning on a Shanghai SEM, ¥1,800, booked a week ahead. */
    public static Booking aConfirmedSlot() {
        BookableInstrument sem = aShanghaiSem();
        List<BookingEvent> events = Booking.request(
                        UUID.randomUUID(),
                        sem,
                        theMorningSlot(),
                        aJiangsuFirmBooking(sem),
                        PriceTier.ENTERPRISE,
                        A_WEEK_BEFORE,
                        HOARDING)
                .orElseThrow();
        return events.get(events.size() - 1).booking();
    }

    /** The confirmed slot, started and its usage reported at noon: {@code minutes} used. */
    public static Booking aDeliveredSlot(int minutes) {
        Booking started =
                aConfirmedSlot().start(SLOT_START, COMPLETION).orElseThrow().booking();
        return started.reportUsage(new Usage(minutes, null), SLOT_END, COMPLETION)
                .orElseThrow()
                .booking();
    }

    private static OpeningHours everyDay(String from, String to) {
        return new OpeningHours(Arrays.stream(DayOfWeek.values())
                .map(day -> new OpeningHours.Window(day, LocalTime.parse(from), LocalTime.parse(to)))
                .toList());
    }
}
