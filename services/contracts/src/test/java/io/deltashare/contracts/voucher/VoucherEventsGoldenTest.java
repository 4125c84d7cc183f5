package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.GoldenJson;
import io.deltashare.contracts.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the wire format of the voucher events booking, settlement and the gateway consume. */
class VoucherEventsGoldenTest {

    private static final UUID VOUCHER = UUID.fromString("e0000000-0000-4000-8000-000000000003");
    private static final UUID PROGRAM = UUID.fromString("e1000000-0000-4000-8000-000000000001");
    private static final UUID APPLICATION = UUID.fromString("e2000000-0000-4000-8000-000000000009");
    private static final UUID BOOKING = UUID.fromString("b0000000-0000-4000-8000-000000000007");
    private static final UUID JIANGSU_FIRM = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000102");

    @Test
    void voucherIssued() {
        GoldenJson.assertMatches(
                new VoucherIssued(
                        APPLICATION,
                        new VoucherSnapshot(
                                VOUCHER,
                                "JS-2026-7K3Q-9WXD",
                                PROGRAM,
                                Region.CN_JS,
                                JIANGSU_FIRM,
                                Money.parse("10000.00"),
                                "0.5",
                                List.of(Region.CN_SH, Region.CN_JS, Region.CN_ZJ, Region.CN_AH),
                                List.of("electron-microscopy", "nmr"),
                                Instant.parse("2026-11-30T16:00:00Z"),
                                Instant.parse("2027-11-30T16:00:00Z"),
                                "ACTIVE")),
                "voucher-issued.v1.json");
    }

    @Test
    void voucherApplicationRejected() {
        GoldenJson.assertMatches(
                new VoucherApplicationRejected(
                        APPLICATION,
                        PROGRAM,
                        Region.CN_JS,
                        JIANGSU_FIRM,
                        "planned use is not research and development"),
                "voucher-application-rejected.v1.json");
    }

    @Test
    void voucherReleased() {
        GoldenJson.assertMatches(
                new VoucherReleased(VOUCHER, BOOKING, Money.parse("600.00"), Money.parse("10000.00")),
                "voucher-released.v1.json");
    }

    @Test
    void voucherRedeemed() {
        GoldenJson.assertMatches(
                new VoucherRedeemed(
                        VOUCHER,
                        BOOKING,
                        PROGRAM,
                        Region.CN_JS,
                        JIANGSU_FIRM,
                        UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                        Region.CN_SH,
                        "electron-microscopy",
                        Money.parse("1050.00"),
                        Money.parse("525.00"),
                        Money.parse("75.00"),
                        Instant.parse("2026-12-01T03:10:00Z")),
                "voucher-redeemed.v1.json");
    }

    @Test
    void voucherExpired() {
        GoldenJson.assertMatches(
                new VoucherExpired(VOUCHER, PROGRAM, Region.CN_JS, JIANGSU_FIRM, Money.parse("9475.00")),
                "voucher-expired.v1.json");
    }
}
