package io.deltashare.booking.reservation.domain;

import static io.deltashare.booking.reservation.domain.Bookings.A_WEEK_BEFORE;
import static io.deltashare.booking.reservation.domain.Bookings.CHARGES;
import static io.deltashare.booking.reservation.domain.Bookings.COMPLETION;
import static io.deltashare.booking.reservation.domain.Bookings.HOARDING;
import static io.deltashare.booking.reservation.domain.Bookings.SLOT_END;
import static io.deltashare.booking.reservation.domain.Bookings.SLOT_START;
import static io.deltashare.booking.reservation.domain.Bookings.aConfirmedSlot;
import static io.deltashare.booking.reservation.domain.Bookings.aDeliveredSlot;
import static io.deltashare.booking.reservation.domain.Bookings.aJiangsuFirmBooking;
import static io.deltashare.booking.reservation.domain.Bookings.aShanghaiSem;
import static io.deltashare.booking.reservation.domain.Bookings.aShanghaiSemNeedingApproval;
import static io.deltashare.booking.reservation.domain.Bookings.theMorningSlot;
import static io.deltashare.booking.reservation.domain.Bookings.theMorningSlotWithAVoucher;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A booking's life as the aggregate decides it: which moves it accepts, what each one tells, and why it refuses. */
class BookingLifecycleTest {

    @Test
    void aBookingWithoutAVoucherIsConfirmedAtOnceTellingBothStepsEachWithItsVersion() {
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

        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("Requested", "Confirmed");
        assertThat(events).extracting(e -> e.booking().version()).containsExactly(0L, 1L);
        Booking confirmed = events.get(1).booking();
        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.fee().amountFen()).isEqualTo(180_000);
    }

    @Test
    void aResearcherPaysTheAcademicPriceAndCannotBringAVoucher() {
        BookableInstrument sem = aShanghaiSem();
        Booking academic = Booking.request(
                        UUID.randomUUID(),
                        sem,
                        theMorningSlot(),
                        aJiangsuFirmBooking(sem),
                        PriceTier.ACADEMIC,
                        A_WEEK_BEFORE,
                        HOARDING)
                .orElseThrow()
                .get(0)
                .booking();
        assertThat(academic.tier()).isEqualTo("ACADEMIC");
        assertThat(academic.fee().unitPriceFen()).isEqualTo(36_000);
        assertThat(academic.fee().amountFen()).isEqualTo(108_000);

        Rejection withVoucher = refusal(Booking.request(
                UUID.randomUUID(),
                sem,
                theMorningSlotWithAVoucher(),
                aJiangsuFirmBooking(sem),
                PriceTier.ACADEMIC,
                A_WEEK_BEFORE,
                HOARDING));
        assertThat(withVoucher.violations()).extracting(v -> v.field()).containsExactly("voucherId");
    }

    @Test
    void aBookingWithAVoucherWaitsForItsHoldAndThenForTheProvidersApproval() {
        BookableInstrument sem = aShanghaiSemNeedingApproval();
        List<BookingEvent> events = Booking.request(
                        UUID.randomUUID(),
                        sem,
                        theMorningSlotWithAVoucher(),
                        aJiangsuFirmBooking(sem),
                        PriceTier.ENTERPRISE,
                        A_WEEK_BEFORE,
                        HOARDING)
                .orElseThrow();
        assertThat(events).hasSize(1);
        Booking requested = events.get(0).booking();
        assertThat(requested.awaitsVoucher()).isTrue();

        BookingEvent held = requested.voucherHeld(90_000, true).orElseThrow();

        assertThat(held).isInstanceOf(BookingEvent.AwaitingApproval.class);
        assertThat(held.booking().status()).isEqualTo(BookingStatus.PENDING_APPROVAL);
        assertThat(held.booking().voucherHeldFen()).isEqualTo(90_000);
        assertThat(held.booking().approve().orElseThrow().booking().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aLateVoucherAnswerToABookingThatMovedOnChangesNothing() {
        Booking confirmed = aConfirmedSlot();

        assertThat(confirmed.voucherHeld(10_000, false).accepted()).isEmpty();
        assertThat(confirmed.voucherRefused("budget spent").accepted()).isEmpty();
    }

    @Test
    void aVoucherThatNeverAnswersRejectsTheBookingSayingHowLongItWaited() {
        BookableInstrument sem = aShanghaiSem();
        Booking requested = Booking.request(
                        UUID.randomUUID(),
                        sem,
                        theMorningSlotWithAVoucher(),
                        aJiangsuFirmBooking(sem),
                        PriceTier.ENTERPRISE,
                        A_WEEK_BEFORE,
                        HOARDING)
                .orElseThrow()
                .get(0)
                .booking();

        BookingEvent gaveUp = requested.voucherSilent(Duration.ofMinutes(10)).orElseThrow();

        assertThat(gaveUp).isInstanceOf(BookingEvent.Rejected.class);
        assertThat(gaveUp.booking().reason())
                .startsWith("voucher: the innovation-voucher service did not answer " + "within 10 minutes");
    }

    @Test
    void anInactiveInstrumentOrASlotOutsideItsTermsIsRefusedWithTheFieldsAtFault() {
        BookableInstrument sem = aShanghaiSem();
        BookableInstrument inMaintenance = new BookableInstrument(
                sem.id(),
                sem.category(),
                sem.providerId(),
                sem.providerOrganizationId(),
                sem.providerRegion(),
                "MAINTENANCE",
                sem.terms(),
                sem.academicPriceFen(),
                sem.enterprisePriceFen(),
                false,
                false);

        assertThat(refusal(Booking.request(
                                UUID.randomUUID(),
                                inMaintenance,
                                theMorningSlot(),
                                aJiangsuFirmBooking(sem),
                                PriceTier.ENTERPRISE,
                                A_WEEK_BEFORE,
                                HOARDING))
                        .type())
                .isEqualTo("instrument-unavailable");
        Rejection invalid = refusal(Booking.request(
                UUID.randomUUID(),
                sem,
                new Booking.Request(SLOT_START, SLOT_START.plus(Duration.ofMinutes(20)), 3, null),
                aJiangsuFirmBooking(sem),
                PriceTier.ENTERPRISE,
                A_WEEK_BEFORE,
                HOARDING));
        assertThat(invalid.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("samples");
    }

    @Test
    void aSlotStartsHalfAnHourAheadAtTheEarliestAndItsUsageIsReportedOnceItHasBegun() {
        Booking confirmed = aConfirmedSlot();

        Rejection tooEarly = refusal(confirmed.start(SLOT_START.minus(Duration.ofHours(1)), COMPLETION));
        assertThat(tooEarly.type()).isEqualTo("too-early");
        assertThat(tooEarly.reason()).contains("30 minutes before");

        Booking started = confirmed
                .start(SLOT_START.minus(Duration.ofMinutes(20)), COMPLETION)
                .orElseThrow()
                .booking();
        assertThat(refusal(started.reportUsage(
                                new Usage(60, null), SLOT_START.minus(Duration.ofMinutes(1)), COMPLETION))
                        .type())
                .isEqualTo("too-early");
        assertThat(refusal(started.reportUsage(new Usage(null, 3), SLOT_END, COMPLETION))
                        .violations())
                .extracting(v -> v.field())
                .containsExactly("actualMinutes");
    }

    @Test
    void usageWithinTheBookingStandsUnlessDisputedInTimeWhileMoreNeedsTheFirmsAcceptance() {
        BookingEvent withinBooking = aConfirmedSlot()
                .start(SLOT_START, COMPLETION)
                .orElseThrow()
                .booking()
                .reportUsage(new Usage(150, null), SLOT_END, COMPLETION)
                .orElseThrow();
        assertThat(((BookingEvent.Delivered) withinBooking).firmConsentRequired())
                .isFalse();
        assertThat(withinBooking.booking().fee().amountFen()).isEqualTo(150_000);

        Booking delivered = withinBooking.booking();
        Instant windowCloses = SLOT_END.plus(COMPLETION.disputeWindow());
        assertThat(refusal(delivered.closeUndisputed(windowCloses, COMPLETION)).type())
                .isEqualTo("not-due");
        assertThat(delivered
                        .closeUndisputed(windowCloses.plusSeconds(1), COMPLETION)
                        .orElseThrow())
                .isInstanceOf(BookingEvent.Completed.class);

        Booking beyond = aDeliveredSlot(240);
        assertThat(beyond.usage().firmConsentRequired()).isTrue();
        assertThat(refusal(beyond.closeUndisputed(windowCloses.plus(Duration.ofDays(30)), COMPLETION))
                        .type())
                .isEqualTo("not-due");
    }

    @Test
    void aDisputeAfterTheWindowIsRefusedAndADisputedReportWaitsForTheProviderOrTheAdmin() {
        Booking delivered = aDeliveredSlot(180);
        Instant closed = SLOT_END.plus(COMPLETION.disputeWindow()).plusSeconds(1);
        assertThat(refusal(delivered.dispute("too long", closed, COMPLETION)).type())
                .isEqualTo("dispute-window-closed");

        Booking disputed = delivered
                .dispute("the detector failed after 90 minutes", SLOT_END, COMPLETION)
                .orElseThrow()
                .booking();
        assertThat(disputed.usage().dispute()).isEqualTo("the detector failed after 90 minutes");
        assertThat(refusal(disputed.acceptUsage()).reason()).contains("waits for the provider's new report");

        BookingEvent settled = disputed.settleDispute(new Usage(90, null)).orElseThrow();
        assertThat(settled).isInstanceOf(BookingEvent.Completed.class);
        assertThat(settled.booking().fee().amountFen()).isEqualTo(90_000);
        assertThat(refusal(delivered.settleDispute(new Usage(90, null))).type()).isEqualTo("illegal-transition");
    }

    @Test
    void cancellingIsFreeUntilADayAheadThenCostsHalfTheFee() {
        Booking confirmed = aConfirmedSlot();

        BookingEvent early = confirmed
                .cancel(SLOT_START.minus(Duration.ofHours(25)), CHARGES)
                .orElseThrow();
        BookingEvent late =
                confirmed.cancel(SLOT_START.minus(Duration.ofHours(2)), CHARGES).orElseThrow();

        assertThat(((BookingEvent.Cancelled) early).chargeFen()).isZero();
        assertThat(((BookingEvent.Cancelled) late).chargeFen()).isEqualTo(90_000);
        assertThat(late.booking().cancelledAt()).isEqualTo(SLOT_START.minus(Duration.ofHours(2)));
        assertThat(refusal(late.booking().cancel(SLOT_START, CHARGES)).reason())
                .isEqualTo("a booking that is CANCELLED cannot become CANCELLED");
    }

    @Test
    void aNoShowIsRecordedOnlyOnceTheSlotHasBegunAndChargesTheNoShowShare() {
        Booking confirmed = aConfirmedSlot();

        assertThat(refusal(confirmed.noShow(SLOT_START.minusSeconds(1), CHARGES))
                        .type())
                .isEqualTo("not-started");
        BookingEvent missed = confirmed
                .noShow(SLOT_START.plus(Duration.ofMinutes(30)), CHARGES)
                .orElseThrow();
        assertThat(((BookingEvent.NoShow) missed).chargeFen()).isEqualTo(180_000);
        assertThat(missed.booking().version()).isEqualTo(confirmed.version() + 1);
    }

    @Test
    void aMoveNeverChangesTheBookingItWasDecidedOn() {
        Booking confirmed = aConfirmedSlot();

        confirmed.cancel(SLOT_START, CHARGES).orElseThrow();

        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.chargeFen()).isNull();
    }

    private static Rejection refusal(Decision<?> decision) {
        return decision.rejected().orElseThrow(() -> new AssertionError("expected a refusal, got " + decision));
    }
}
