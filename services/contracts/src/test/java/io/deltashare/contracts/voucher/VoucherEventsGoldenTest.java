package io.deltashare.contracts.voucher;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
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
    private static final UUID ORDER = UUID.fromString("0dde0000-0000-4000-8000-000000000001");
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
                                "ACTIVE",
                                List.of(ServiceKind.INSTRUMENT_TIME, ServiceKind.TESTING, ServiceKind.DEVELOPMENT),
                                List.of(UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201")))),
                "voucher-issued.v1.json");
    }

    /**
     * Programs came to name kinds of service and designated institutions after vouchers were first issued: the
     * fields were added to the same version, and an event without them still reads, meaning what it meant then.
     */
    @Test
    void aVoucherIssuedBeforeProgramsNamedKindsOfServicePaysForInstrumentTimeAndTestsAnywhere() throws Exception {
        String before = """
                {"applicationId":"e2000000-0000-4000-8000-000000000009","voucher":{
                "id":"e0000000-0000-4000-8000-000000000003","code":"JS-2026-7K3Q-9WXD",
                "programId":"e1000000-0000-4000-8000-000000000001","issuingRegion":"CN-JS",
                "firmOrganizationId":"0a1f0c5e-5d4b-4b8e-9f00-000000000102",
                "faceValue":{"amount":"10000.00","currency":"CNY"},"coverageRatio":"0.5",
                "acceptedProviderRegions":["CN-SH"],"eligibleCategories":["nmr"],
                "validFrom":"2026-11-30T16:00:00Z","expiresAt":"2027-11-30T16:00:00Z","status":"ACTIVE"}}""";
        VoucherIssued issued = io.deltashare.contracts.events.EventJson.mapper().readValue(before, VoucherIssued.class);
        org.assertj.core.api.Assertions.assertThat(issued.voucher().paysFor())
                .containsExactly(ServiceKind.INSTRUMENT_TIME, ServiceKind.TESTING);
        org.assertj.core.api.Assertions.assertThat(issued.voucher().payableAt()).isEmpty();
    }

    /**
     * Pilot localities came after redemptions were first announced: an event without {@code issuingLocality} reads,
     * and means what it meant then, a voucher of the province's bureau.
     */
    @Test
    void aRedemptionAnnouncedBeforeLocalitiesIsTheProvincesBureaus() throws Exception {
        java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/golden/voucher-redeemed.v1.json");
        com.fasterxml.jackson.databind.node.ObjectNode before = (com.fasterxml.jackson.databind.node.ObjectNode)
                io.deltashare.contracts.events.EventJson.mapper().readTree(golden.toFile());
        before.remove("issuingLocality");
        VoucherRedeemed redeemed =
                io.deltashare.contracts.events.EventJson.mapper().treeToValue(before, VoucherRedeemed.class);
        org.assertj.core.api.Assertions.assertThat(redeemed.issuingLocality()).isNull();
        org.assertj.core.api.Assertions.assertThat(redeemed.issuingRegion()).isEqualTo(Region.CN_JS);
    }

    @Test
    void voucherHeldForOrder() {
        GoldenJson.assertMatches(
                new VoucherHeldForOrder(VOUCHER, ORDER, Money.parse("300000.00"), Money.parse("0.00")),
                "voucher-held-for-order.v1.json");
    }

    @Test
    void voucherRefusedForOrder() {
        GoldenJson.assertMatches(
                new VoucherRefusedForOrder(
                        VOUCHER, ORDER, "the voucher pays for TESTING; it does not pay for DEVELOPMENT"),
                "voucher-refused-for-order.v1.json");
    }

    @Test
    void voucherRedeemedForMilestone() {
        GoldenJson.assertMatches(
                new VoucherRedeemedForMilestone(
                        VOUCHER,
                        ORDER,
                        1,
                        PROGRAM,
                        Region.CN_JS,
                        JIANGSU_FIRM,
                        UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                        Region.CN_SH,
                        ServiceKind.DEVELOPMENT,
                        "equipment-development",
                        Money.parse("300000.00"),
                        Money.parse("150000.00"),
                        Money.parse("150000.00"),
                        Instant.parse("2027-03-31T08:00:00Z"),
                        "320509"),
                "voucher-redeemed-for-milestone.v1.json");
    }

    @Test
    void voucherReleasedFromOrder() {
        GoldenJson.assertMatches(
                new VoucherReleasedFromOrder(VOUCHER, ORDER, Money.parse("150000.00"), Money.parse("150000.00")),
                "voucher-released-from-order.v1.json");
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
    void voucherApplied() {
        GoldenJson.assertMatches(
                new VoucherApplied(
                        APPLICATION,
                        PROGRAM,
                        Region.CN_JS,
                        "320509",
                        JIANGSU_FIRM,
                        2026,
                        Instant.parse("2026-03-02T01:30:00Z")),
                "voucher-applied.v1.json");
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
                        Instant.parse("2026-12-01T03:10:00Z"),
                        null),
                "voucher-redeemed.v1.json");
    }

    @Test
    void voucherExpired() {
        GoldenJson.assertMatches(
                new VoucherExpired(VOUCHER, PROGRAM, Region.CN_JS, JIANGSU_FIRM, Money.parse("9475.00")),
                "voucher-expired.v1.json");
    }
}
