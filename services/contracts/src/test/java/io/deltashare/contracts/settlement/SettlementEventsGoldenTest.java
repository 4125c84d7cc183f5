package io.deltashare.contracts.settlement;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.GoldenJson;
import io.deltashare.contracts.money.Money;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the wire format of the settlement events the gateway's webhooks carry. */
class SettlementEventsGoldenTest {

    private static final UUID BATCH = UUID.fromString("f0000000-0000-4000-8000-000000000012");

    @Test
    void statementIssued() {
        GoldenJson.assertMatches(
                new StatementIssued(
                        UUID.fromString("f1000000-0000-4000-8000-000000000001"),
                        "FIRM",
                        UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000102"),
                        "CN-JS",
                        YearMonth.of(2026, 12),
                        Money.parse("0.00"),
                        Money.parse("525.00"),
                        3),
                "statement-issued.v1.json");
    }

    @Test
    void claimBatchSubmitted() {
        GoldenJson.assertMatches(
                new ClaimBatchSubmitted(
                        BATCH,
                        Region.CN_JS,
                        "320509",
                        YearMonth.of(2026, 12),
                        4,
                        Money.parse("2100.00"),
                        Money.parse("525.00")),
                "claim-batch-submitted.v1.json");
    }

    @Test
    void claimBatchApproved() {
        GoldenJson.assertMatches(
                new ClaimBatchApproved(
                        BATCH, Region.CN_JS, YearMonth.of(2026, 12), 4, Money.parse("2100.00"), Money.parse("525.00")),
                "claim-batch-approved.v1.json");
    }

    @Test
    void claimBatchPaid() {
        GoldenJson.assertMatches(
                new ClaimBatchPaid(
                        BATCH,
                        Region.CN_JS,
                        YearMonth.of(2026, 12),
                        Money.parse("2100.00"),
                        UUID.fromString("f2000000-0000-4000-8000-000000000003")),
                "claim-batch-paid.v1.json");
    }

    @Test
    void subsidiesPaid() {
        GoldenJson.assertMatches(
                new SubsidiesPaid(
                        UUID.fromString("f3000000-0000-4000-8000-000000000001"),
                        Region.CN_JS,
                        2026,
                        Money.parse("1000000.00"),
                        UUID.fromString("f2000000-0000-4000-8000-000000000004")),
                "subsidies-paid.v1.json");
    }
}
