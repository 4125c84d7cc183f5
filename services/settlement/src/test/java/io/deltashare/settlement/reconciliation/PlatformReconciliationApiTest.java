package io.deltashare.settlement.reconciliation;

import static io.deltashare.settlement.SettlementFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The platform-wide reconciliation needs booking and innovation-voucher; settlement's own tests run without them (the
 * end-to-end journeys and the fault suite run it against the whole system), so here: its refusals and its 503.
 */
@QuarkusTest
class PlatformReconciliationApiTest {

    @Test
    void withoutBookingTheCheckIsA503ThatSaysWhatIsMissing() {
        as("admin.platform")
                .get("/api/v1/reconciliation")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://deltashare.io/problems/service-unavailable"))
                .body("detail", containsString("booking"));
    }

    @Test
    void aPeriodMustRunForwardAndSpanAtMostAQuarter() {
        as("admin.platform")
                .queryParam("from", "2026-12-01T00:00:00Z")
                .queryParam("before", "2026-11-01T00:00:00Z")
                .get("/api/v1/reconciliation")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("admin.platform")
                .queryParam("from", "2026-01-01T00:00:00Z")
                .queryParam("before", "2026-12-01T00:00:00Z")
                .get("/api/v1/reconciliation")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("92 days"));
        as("admin.platform")
                .queryParam("before", "yesterday")
                .get("/api/v1/reconciliation")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("before"));
    }

    @Test
    void onlyThePlatformAdminReconciles() {
        as("bureau.js").get("/api/v1/reconciliation").then().statusCode(403);
        as("firm.js-biomed").get("/api/v1/reconciliation/ledger").then().statusCode(403);
    }
}
