package io.deltashare.contracts.membership;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.GoldenJson;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the wire format of the membership service's events. */
class MembershipEventsGoldenTest {

    @Test
    void organizationAdmitted() {
        GoldenJson.assertMatches(
                new OrganizationAdmitted(
                        UUID.fromString("a1000000-0000-4000-8000-000000000001"),
                        new OrganizationSnapshot(
                                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000103"),
                                "zj-materials",
                                "firm",
                                new LocalizedText("杭州新材料科技有限公司", "Hangzhou Advanced Materials Co., Ltd."),
                                Region.CN_ZJ,
                                "Hangzhou",
                                "20243301060001234",
                                2024)),
                "organization-admitted.v1.json");
    }
}
