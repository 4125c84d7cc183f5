package io.deltashare.contracts.insight;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.GoldenJson;
import io.deltashare.contracts.money.Money;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InsightEventsGoldenTest {

    @Test
    void subsidiesApproved() {
        GoldenJson.assertMatches(
                new SubsidiesApproved(
                        UUID.fromString("f3000000-0000-4000-8000-000000000001"),
                        UUID.fromString("f3000000-0000-4000-8000-000000000002"),
                        Region.CN_JS,
                        2026,
                        Money.parse("1000000.00"),
                        List.of(
                                new SubsidiesApproved.Line(
                                        UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
                                        UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                                        Money.parse("600000.01")),
                                new SubsidiesApproved.Line(
                                        UUID.fromString("6f1c2a4e-0000-4000-8000-000000000002"),
                                        UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000202"),
                                        Money.parse("399999.99")))),
                "subsidies-approved.v1.json");
    }
}
