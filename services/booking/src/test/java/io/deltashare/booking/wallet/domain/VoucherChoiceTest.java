package io.deltashare.booking.wallet.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VoucherChoiceTest {

    private static final UUID SHANGHAI_CENTRE = UUID.randomUUID();
    private static final VoucherChoice.Purchase SEM_IN_SHANGHAI = new VoucherChoice.Purchase(
            ServiceKind.INSTRUMENT_TIME, "electron-microscopy", SHANGHAI_CENTRE, Region.CN_SH);

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Money FEE = Money.parse("1200.00");
    private static final UUID FIRM = UUID.randomUUID();

    @Test
    void theSoonestToExpireOfThoseThatCoverTheirWholeShareIsChosen() {
        WalletVoucher later = voucher(20, "10000.00", Set.of(Region.CN_SH), "electron-microscopy");
        WalletVoucher sooner = voucher(10, "10000.00", Set.of(Region.CN_SH), "electron-microscopy");
        WalletVoucher soonestButNearlySpent = voucher(5, "100.00", Set.of(Region.CN_SH), "electron-microscopy");

        var choice = VoucherChoice.pick(List.of(later, soonestButNearlySpent, sooner), SEM_IN_SHANGHAI, FEE, NOW)
                .orElseThrow();

        assertThat(choice.voucher()).isEqualTo(sooner);
        assertThat(choice.share()).isEqualTo(Money.parse("600.00"));
    }

    @Test
    void vouchersThatDoNotApplyAreNeverChosen() {
        WalletVoucher otherRegion = voucher(10, "10000.00", Set.of(Region.CN_ZJ), "electron-microscopy");
        WalletVoucher otherCategory = voucher(10, "10000.00", Set.of(Region.CN_SH), "nmr");
        WalletVoucher expired = voucher(-1, "10000.00", Set.of(Region.CN_SH), "electron-microscopy");
        WalletVoucher empty = voucher(10, "0.00", Set.of(Region.CN_SH), "electron-microscopy");

        assertThat(VoucherChoice.pick(List.of(otherRegion, otherCategory, expired, empty), SEM_IN_SHANGHAI, FEE, NOW))
                .isEmpty();
    }

    @Test
    void aVoucherForOtherKindsOfServiceOrOtherInstitutionsIsNeverChosen() {
        WalletVoucher development = new WalletVoucher(
                UUID.randomUUID(),
                FIRM,
                new BigDecimal("0.5"),
                Set.of("electron-microscopy"),
                Set.of(Region.CN_SH),
                Set.of(ServiceKind.DEVELOPMENT),
                Set.of(),
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(9)),
                true,
                Money.parse("5000.00"));
        WalletVoucher elsewhere = new WalletVoucher(
                UUID.randomUUID(),
                FIRM,
                new BigDecimal("0.5"),
                Set.of("electron-microscopy"),
                Set.of(Region.CN_SH),
                Set.of(ServiceKind.INSTRUMENT_TIME),
                Set.of(UUID.randomUUID()),
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(9)),
                true,
                Money.parse("5000.00"));
        assertThat(VoucherChoice.pick(List.of(development, elsewhere), SEM_IN_SHANGHAI, FEE, NOW))
                .isEmpty();
    }

    @Test
    void whenNoneCoversItsWholeShareTheOneThatPaysMostIsChosen() {
        WalletVoucher small = voucher(5, "100.00", Set.of(Region.CN_SH), "electron-microscopy");
        WalletVoucher larger = voucher(30, "250.50", Set.of(Region.CN_SH), "electron-microscopy");

        var choice = VoucherChoice.pick(List.of(small, larger), SEM_IN_SHANGHAI, FEE, NOW)
                .orElseThrow();

        assertThat(choice.voucher()).isEqualTo(larger);
        assertThat(choice.share()).isEqualTo(Money.parse("250.50"));
    }

    @Test
    void theShareIsTheCoverageOfTheFeeRoundedDownToTheFen() {
        WalletVoucher third = new WalletVoucher(
                UUID.randomUUID(),
                FIRM,
                new BigDecimal("0.3333"),
                Set.of("nmr"),
                Set.of(Region.CN_SH),
                Set.of(ServiceKind.INSTRUMENT_TIME),
                Set.of(),
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(9)),
                true,
                Money.parse("5000.00"));

        assertThat(third.share(Money.parse("100.01"))).isEqualTo(Money.parse("33.33"));
    }

    private static WalletVoucher voucher(int daysLeft, String balance, Set<Region> regions, String category) {
        return new WalletVoucher(
                UUID.randomUUID(),
                FIRM,
                new BigDecimal("0.5"),
                Set.of(category),
                regions,
                Set.of(ServiceKind.INSTRUMENT_TIME, ServiceKind.TESTING),
                Set.of(),
                NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(daysLeft)),
                true,
                Money.parse(balance));
    }
}
