package io.deltashare.settlement.reconciliation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.testkit.keycloak.DemoRealm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cross-service reconciliation finds each way an event can be lost or applied twice, and nothing else. */
class CrossCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration SAGA_LIMIT = Duration.ofMinutes(10);
    private static final UUID JS_FIRM = DemoRealm.JS_BIOMED;
    private static final UUID SH_CENTRE = DemoRealm.SH_ANALYSIS_CENTRE;

    private final List<Facts.Booking> bookings = new ArrayList<>();
    private final List<Facts.Hold> holds = new ArrayList<>();
    private final List<Facts.Posting> postings = new ArrayList<>();
    private final List<Facts.Redemption> redemptions = new ArrayList<>();

    @Test
    void aCompletedBookingPaidHalfByAVoucherAndSettledOnceIsClean() {
        UUID booking = completedWithVoucher(180_000, 90_000);
        billed(booking, 180_000);
        redeemedAndClaimed(booking, 90_000);

        assertThat(check().clean()).isTrue();
    }

    @Test
    void theLostEventsOfAnUnsafeShutdownAreEachListed() {
        // 7 completed bookings settlement never billed, 2 whose voucher never redeemed, 9 waiting for ever
        for (int i = 0; i < 7; i++) {
            completedWithoutVoucher(65_000);
        }
        for (int i = 0; i < 2; i++) {
            UUID booking = completedWithVoucher(65_000, 32_500);
            billed(booking, 65_000);
            holds.set(holds.size() - 1, hold(booking, "HELD", 32_500, 0, 0));
        }
        for (int i = 0; i < 9; i++) {
            bookings.add(aBooking()
                    .withVoucher()
                    .madeAt(NOW.minus(Duration.ofHours(1)))
                    .build());
        }

        CrossCheck.Result result = check();

        assertThat(result.clean()).isFalse();
        assertThat(kinds(result))
                .containsExactlyInAnyOrderElementsOf(repeat(
                        Discrepancy.Kind.POSTING_MISSING,
                        7,
                        Discrepancy.Kind.REDEMPTION_MISSING,
                        2,
                        Discrepancy.Kind.SAGA_WAITING,
                        9));
        assertThat(result.totals()).extracting(CrossCheck.Total::party).containsOnly("FIRM", "PROVIDER");
        assertThat(result.totals())
                .filteredOn(t -> t.party().equals("FIRM"))
                .singleElement()
                .satisfies(t -> assertThat(t.expectedFen() - t.recordedFen()).isEqualTo(7 * 65_000L));
    }

    @Test
    void aSandboxBookingIsOwedNothingAndAnyPostingOfItIsUnfounded() {
        UUID unposted = UUID.randomUUID();
        bookings.add(
                aBooking().withId(unposted).status("COMPLETED").inTheSandbox().build());
        assertThat(check().clean())
                .as("a completed sandbox booking without postings")
                .isTrue();

        UUID posted = UUID.randomUUID();
        bookings.add(aBooking()
                .withId(posted)
                .status("COMPLETED")
                .fee(65_000)
                .inTheSandbox()
                .build());
        billed(posted, 65_000);
        CrossCheck.Result result = check();
        assertThat(result.discrepancies())
                .extracting(Discrepancy::kind, Discrepancy::bookingId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Discrepancy.Kind.POSTING_UNFOUNDED, posted));
        assertThat(result.totals()).isNotEmpty();
    }

    @Test
    void aBookingBilledTwiceOrForAnotherAmountIsListedWithBothAmounts() {
        UUID twice = completedWithoutVoucher(65_000);
        billed(twice, 65_000);
        billed(twice, 65_000);
        UUID wrong = completedWithoutVoucher(65_000);
        billed(wrong, 60_000);

        CrossCheck.Result result = check();

        assertThat(result.discrepancies())
                .extracting(
                        Discrepancy::kind, Discrepancy::bookingId, Discrepancy::expectedFen, Discrepancy::recordedFen)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Discrepancy.Kind.POSTED_TWICE, twice, 65_000L, 130_000L),
                        org.assertj.core.groups.Tuple.tuple(Discrepancy.Kind.POSTING_AMOUNT, wrong, 65_000L, 60_000L));
    }

    @Test
    void aVoucherRedemptionSettlementNeverHeardOfLeavesTheBureauUnclaimed() {
        UUID booking = completedWithVoucher(180_000, 90_000);
        billed(booking, 180_000);

        assertThat(kinds(check()))
                .containsExactlyInAnyOrder(Discrepancy.Kind.POSTING_MISSING, Discrepancy.Kind.CLAIM_MISSING);
        assertThat(check().totals()).singleElement().satisfies(total -> {
            assertThat(total.party()).isEqualTo("BUREAU");
            assertThat(total.owner()).isEqualTo("CN-JS");
            assertThat(total.expectedFen()).isEqualTo(90_000);
            assertThat(total.recordedFen()).isZero();
        });
    }

    @Test
    void aHoldForAnEndedBookingAndAHoldForNoBookingAreBothWrong() {
        UUID cancelled = UUID.randomUUID();
        bookings.add(aBooking()
                .withId(cancelled)
                .status("CANCELLED")
                .withVoucher()
                .held(32_500L)
                .charged(0L)
                .madeAt(NOW.minusSeconds(600))
                .build());
        holds.add(hold(cancelled, "HELD", 32_500, 0, 0));
        UUID stranger = UUID.randomUUID();
        holds.add(hold(stranger, "HELD", 10_000, 0, 0));

        CrossCheck.Result result = CrossCheck.compare(
                new Facts(bookings, holds, postings, redemptions), Set.of(stranger), NOW, SAGA_LIMIT);

        assertThat(kinds(result))
                .containsExactlyInAnyOrder(Discrepancy.Kind.HOLD_STATE, Discrepancy.Kind.HOLD_WITHOUT_BOOKING);
    }

    @Test
    void aLateCancellationIsBilledItsChargeAndNothingElse() {
        UUID cancelled = UUID.randomUUID();
        bookings.add(aBooking()
                .withId(cancelled)
                .status("CANCELLED")
                .charged(32_500L)
                .madeAt(NOW.minusSeconds(600))
                .build());
        postings.add(new Facts.Posting(
                UUID.randomUUID(),
                cancelled,
                CrossCheck.CANCELLATION,
                32_500,
                JS_FIRM.toString(),
                SH_CENTRE.toString()));
        assertThat(check().clean()).isTrue();

        postings.add(new Facts.Posting(
                UUID.randomUUID(), cancelled, CrossCheck.COMPLETED, 65_000, JS_FIRM.toString(), SH_CENTRE.toString()));
        assertThat(kinds(check())).containsExactly(Discrepancy.Kind.POSTING_UNFOUNDED);
    }

    @Test
    void aBookingThatWaitsForItsVoucherOnlyBrieflyIsNotStuck() {
        bookings.add(aBooking()
                .withVoucher()
                .madeAt(NOW.minus(Duration.ofMinutes(9)))
                .build());
        assertThat(check().clean()).isTrue();
    }

    private CrossCheck.Result check() {
        return CrossCheck.compare(new Facts(bookings, holds, postings, redemptions), Set.of(), NOW, SAGA_LIMIT);
    }

    private UUID completedWithoutVoucher(long fee) {
        UUID id = UUID.randomUUID();
        bookings.add(aBooking().withId(id).status("COMPLETED").fee(fee).build());
        return id;
    }

    private UUID completedWithVoucher(long fee, long redeemed) {
        UUID id = UUID.randomUUID();
        bookings.add(aBooking()
                .withId(id)
                .status("COMPLETED")
                .fee(fee)
                .withVoucher()
                .held(redeemed)
                .build());
        holds.add(hold(id, "REDEEMED", redeemed, redeemed, 0));
        return id;
    }

    private void billed(UUID booking, long fee) {
        postings.add(new Facts.Posting(
                UUID.randomUUID(), booking, CrossCheck.COMPLETED, fee, JS_FIRM.toString(), SH_CENTRE.toString()));
    }

    private void redeemedAndClaimed(UUID booking, long amount) {
        postings.add(new Facts.Posting(
                UUID.randomUUID(), booking, CrossCheck.REDEEMED, amount, "CN-JS", JS_FIRM.toString()));
        redemptions.add(new Facts.Redemption(booking, "CN-JS", amount, null));
    }

    /** A Jiangsu firm's ¥650 booking at the Shanghai centre, requested an hour ago, without a voucher. */
    private static ABookingFact aBooking() {
        return new ABookingFact();
    }

    /** The booking service's facts about one booking, said step by step. */
    private static final class ABookingFact {

        private UUID id = UUID.randomUUID();
        private String status = "REQUESTED";
        private long fee = 65_000;
        private UUID voucher;
        private Long held;
        private Long charge;
        private Instant created = NOW.minusSeconds(3600);
        private boolean sandbox;

        ABookingFact inTheSandbox() {
            sandbox = true;
            return this;
        }

        ABookingFact withId(UUID bookingId) {
            id = bookingId;
            return this;
        }

        ABookingFact status(String bookingStatus) {
            status = bookingStatus;
            return this;
        }

        ABookingFact fee(long fen) {
            fee = fen;
            return this;
        }

        ABookingFact withVoucher() {
            voucher = UUID.randomUUID();
            return this;
        }

        /** What the voucher holds (or held) for it. */
        ABookingFact held(Long fen) {
            held = fen;
            return this;
        }

        /** What a cancellation or no-show charged. */
        ABookingFact charged(Long fen) {
            charge = fen;
            return this;
        }

        ABookingFact madeAt(Instant at) {
            created = at;
            return this;
        }

        Facts.Booking build() {
            return new Facts.Booking(
                    id, status, JS_FIRM, "CN-JS", SH_CENTRE, "CN-SH", voucher, fee, held, charge, created, sandbox);
        }
    }

    private static Facts.Hold hold(UUID booking, String status, long held, long redeemed, long released) {
        return new Facts.Hold(booking, UUID.randomUUID(), "CN-JS", status, held, redeemed, released);
    }

    private static List<Discrepancy.Kind> kinds(CrossCheck.Result result) {
        return result.discrepancies().stream().map(Discrepancy::kind).toList();
    }

    private static List<Discrepancy.Kind> repeat(Object... kindsAndCounts) {
        List<Discrepancy.Kind> kinds = new ArrayList<>();
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            for (int n = 0; n < (Integer) kindsAndCounts[i + 1]; n++) {
                kinds.add((Discrepancy.Kind) kindsAndCounts[i]);
            }
        }
        return kinds;
    }
}
