package io.deltashare.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The gateway serves the dashboard, tells it where to sign in, and keeps it to its own origin and Keycloak's. */
@QuarkusTest
class DashboardTest {

    @Test
    void thePageComesWithAContentSecurityPolicyThatAllowsOnlyItselfAndKeycloak() {
        given().get("/dashboard/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("dashboard.js"));
        given().get("/dashboard/dashboard.js").then().statusCode(200).header("Content-Security-Policy", notNullValue());
    }

    @Test
    void withoutItsSlashThePathRedirectsOnce() {
        given().redirects()
                .follow(false)
                .get("/dashboard")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/dashboard/"));
    }

    @Test
    void theConfigurationNamesTheRealmAndTheWebClient() {
        given().get("/dashboard/config.json")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("issuer", endsWith("/realms/deltashare"))
                .body("clientId", equalTo("deltashare-web"))
                .body("year", notNullValue());
    }
}
