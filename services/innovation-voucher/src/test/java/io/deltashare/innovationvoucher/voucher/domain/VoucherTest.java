package io.deltashare.innovationvoucher.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import io.deltashare.innovationvoucher.program.domain.Programs;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The money on a voucher: what it holds, pays and gives back, never more than its face value. */
class VoucherTest {

    private static final UUID SHANGHAI_CENTRE = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201");

    private static final Instant ISSUED = Instant.parse("2027-02-01T02:00:00Z");
    private static final Instant IN_MARCH = Instant.parse("2027-03-01T02:00:00Z");
    private static final UUID FIRM = UUID.randomUUID();

    @Test
    void aVoucherIsValidToTheEndOfTheProgramsLastDayInShanghai() {
        Voucher voucher = aJiangsuVoucherOf(50_000_00L);

        assertThat(voucher.validFrom()).isEqualTo(ISSUED);
        assertThat(voucher.expiresAt()).isEqualTo(Instant.parse("2027-12-31T16:00:00Z"));
        assertThat(voucher.balanceFen()).isEqualTo(50_000_00L);
    }

    @Test
    void itHoldsItsCoverageOfTheFeeRoundedDownAndAtMostItsBalance() {
        Voucher voucher = aJiangsuVoucherOf(1_000_00L);

        Voucher.Held held =
                voucher.hold(semInShanghai("1500.01"), true, IN_MARCH).orElseThrow();
        assertThat(held.share()).isEqualTo(Money.ofFen(750_00L));
        Voucher.Held capped =
                held.voucher().hold(semInShanghai("1500.00"), true, IN_MARCH).orElseThrow();
        assertThat(capped.share()).isEqualTo(Money.ofFen(250_00L));
        assertThat(capped.voucher().balanceFen()).isZero();
        assertThat(refusal(capped.voucher().hold(semInShanghai("10.00"), true, IN_MARCH))
                        .reason())
                .isEqualTo("the voucher has no balance left");
    }

    @Test
    void itRefusesAnotherFirmsBookingAnotherCategoryOrASuspendedProgramSayingWhy() {
        Voucher voucher = aJiangsuVoucherOf(50_000_00L);
        Voucher.Purchase sem = semInShanghai("600.00");

        assertThat(refusal(voucher.hold(
                                new Voucher.Purchase(
                                        UUID.randomUUID(),
                                        SHANGHAI_CENTRE,
                                        Region.CN_SH,
                                        ServiceKind.INSTRUMENT_TIME,
                                        "electron-microscopy",
                                        sem.fee()),
                                true,
                                IN_MARCH))
                        .reason())
                .isEqualTo("the voucher belongs to another firm");
        assertThat(refusal(voucher.hold(
                                new Voucher.Purchase(
                                        FIRM,
                                        SHANGHAI_CENTRE,
                                        Region.CN_SH,
                                        ServiceKind.INSTRUMENT_TIME,
                                        "nmr",
                                        sem.fee()),
                                true,
                                IN_MARCH))
                        .reason())
                .startsWith("the voucher does not pay for nmr");
        assertThat(refusal(voucher.hold(sem, false, IN_MARCH)).reason()).contains("suspended");
    }

    @Test
    void completionPaysTheCoverageOfTheFinalFeeAtMostTheHoldAndReleasesTheRest() {
        Voucher.Held held = aJiangsuVoucherOf(50_000_00L)
                .hold(semInShanghai("1800.00"), true, IN_MARCH)
                .orElseThrow();

        Voucher.Redeemed redeemed =
                held.voucher().redeem(Money.ofFen(1500_00L), held.share().fen());

        assertThat(redeemed.redeemed()).isEqualTo(Money.ofFen(750_00L));
        assertThat(redeemed.released()).isEqualTo(Money.ofFen(150_00L));
        assertThat(redeemed.voucher().heldFen()).isZero();
        assertThat(redeemed.voucher().redeemedFen()).isEqualTo(750_00L);
        assertThat(redeemed.voucher().balanceFen()).isEqualTo(50_000_00L - 750_00L);
    }

    @Test
    void expiryGivesTheUnspentBalanceBackAndWhatItStillHeldFollowsOnRelease() {
        Voucher.Held held = aJiangsuVoucherOf(50_000_00L)
                .hold(semInShanghai("1000.00"), true, IN_MARCH)
                .orElseThrow();
        Voucher voucher = held.voucher();

        assertThat(voucher.expire(IN_MARCH).accepted()).isEmpty();
        Voucher.GivenBack expired = voucher.expire(voucher.expiresAt()).orElseThrow();
        assertThat(expired.toProgramFen()).isEqualTo(50_000_00L - 500_00L);
        Voucher.GivenBack released = expired.voucher().release(500_00L);
        assertThat(released.toProgramFen()).isEqualTo(500_00L);
        assertThat(released.voucher().returnedFen()).isEqualTo(50_000_00L);
        assertThat(released.voucher().balanceFen()).isZero();
        assertThat(expired.voucher().expire(voucher.expiresAt()).accepted()).isEmpty();
    }

    @Test
    void aVoucherPaysOnlyForTheKindsOfServiceAndAtTheInstitutionsItsProgramNames() {
        Voucher testingOnly = aJiangsuVoucherOf(300_000_00L, Set.of(ServiceKind.TESTING), Set.of());
        Voucher.Purchase development = new Voucher.Purchase(
                FIRM,
                SHANGHAI_CENTRE,
                Region.CN_SH,
                ServiceKind.DEVELOPMENT,
                "electron-microscopy",
                Money.parse("600000.00"));
        assertThat(refusal(testingOnly.hold(development, true, IN_MARCH)).reason())
                .isEqualTo("the voucher does not pay for DEVELOPMENT; it pays for [TESTING]");

        Voucher designated = aJiangsuVoucherOf(300_000_00L, Set.of(ServiceKind.DEVELOPMENT), Set.of(UUID.randomUUID()));
        assertThat(refusal(designated.hold(development, true, IN_MARCH)).reason())
                .contains("designated");

        Voucher forDevelopment =
                aJiangsuVoucherOf(300_000_00L, Set.of(ServiceKind.DEVELOPMENT), Set.of(SHANGHAI_CENTRE));
        Voucher.Held held = forDevelopment.hold(development, true, IN_MARCH).orElseThrow();
        assertThat(held.share()).isEqualTo(Money.parse("300000.00"));
        Voucher paid = held.voucher().redeemFromHold(150_000_00L);
        assertThat(paid.heldFen()).isEqualTo(150_000_00L);
        assertThat(paid.redeemedFen()).isEqualTo(150_000_00L);
        assertThat(paid.balanceFen()).isZero();
    }

    private static Voucher aJiangsuVoucherOf(long faceValueFen) {
        return aJiangsuVoucherOf(faceValueFen, Set.of(ServiceKind.INSTRUMENT_TIME, ServiceKind.TESTING), Set.of());
    }

    private static Voucher aJiangsuVoucherOf(long faceValueFen, Set<ServiceKind> kinds, Set<UUID> designated) {
        return Voucher.issue(
                UUID.randomUUID(),
                "JS-2027-TEST-CODE",
                new Voucher.Terms(
                        UUID.randomUUID(),
                        Region.CN_JS,
                        faceValueFen,
                        new BigDecimal("0.5"),
                        Set.of("electron-microscopy"),
                        Set.of(Region.CN_SH, Region.CN_JS),
                        kinds,
                        designated,
                        Programs.NEW_YEAR,
                        Programs.END_OF_YEAR),
                UUID.randomUUID(),
                FIRM,
                ISSUED);
    }

    private static Voucher.Purchase semInShanghai(String fee) {
        return new Voucher.Purchase(
                FIRM,
                SHANGHAI_CENTRE,
                Region.CN_SH,
                ServiceKind.INSTRUMENT_TIME,
                "electron-microscopy",
                Money.parse(fee));
    }

    private static Rejection refusal(Decision<?> decision) {
        return decision.rejected().orElseThrow(() -> new AssertionError("expected a refusal, got " + decision));
    }
}
