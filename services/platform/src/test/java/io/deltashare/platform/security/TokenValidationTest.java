package io.deltashare.platform.security;

import static io.deltashare.platform.testapp.Requests.asBureau;
import static io.deltashare.platform.testapp.Requests.asFirm;
import static io.deltashare.platform.testapp.Requests.firmToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.deltashare.testkit.keycloak.DemoRealm;
import io.deltashare.testkit.keycloak.Keycloak;
import io.deltashare.testkit.keycloak.ShortLivedTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A token issued by the real Keycloak realm is validated by the service itself; a verified token is remembered until
 * it expires (RememberingBearerMechanism), which must change no answer.
 */
@QuarkusTest
class TokenValidationTest {

    @Test
    void aFirmTokenFromTheRealmIsAcceptedAndNamesTheFirmsOrganizationAndRegion() {
        asFirm().get("/api/v1/whoami")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(DemoRealm.JS_BIOMED.toString()))
                .body("organizationRegion", equalTo("CN-JS"))
                .body("roles", hasItem("firm"));
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJsonWithABearerChallenge() {
        given().get("/api/v1/whoami")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void anEndpointWithoutASecurityAnnotationStillRequiresAToken() {
        given().get("/api/v1/ping").then().statusCode(401).contentType("application/problem+json");
        asFirm().get("/api/v1/ping").then().statusCode(200);
    }

    @Test
    void aTamperedTokenIs401EvenRightAfterTheGenuineOneWasAccepted() {
        String genuine = firmToken();
        given().auth().oauth2(genuine).get("/api/v1/whoami").then().statusCode(200);
        String[] parts = genuine.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        given().auth()
                .oauth2(forged)
                .get("/api/v1/whoami")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aBureauOfficerOnAFirmOnlyEndpointIs403ProblemJsonEveryTime() {
        for (int i = 0; i < 3; i++) {
            asBureau()
                    .get("/api/v1/whoami")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://deltashare.io/problems/forbidden"));
        }
    }

    @Test
    void rememberedTokensKeepTheirOwnCallerWhenRequestsAlternate() {
        String jiangsu = firmToken();
        String zhejiang = Keycloak.shared().tokens().forUser("firm.zj-materials", "demo");
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(jiangsu)
                    .get("/api/v1/whoami")
                    .then()
                    .statusCode(200)
                    .body("organizationRegion", equalTo("CN-JS"));
            given().auth()
                    .oauth2(zhejiang)
                    .get("/api/v1/whoami")
                    .then()
                    .statusCode(200)
                    .body("organizationRegion", equalTo("CN-ZJ"));
        }
    }

    @Test
    void aTokenAcceptedWhileValidIs401OnceItHasExpired() {
        String token = ShortLivedTokens.expiringIn(Keycloak.shared(), 3);
        given().auth().oauth2(token).get("/api/v1/ping").then().statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/v1/ping")
                        .then()
                        .statusCode(401)
                        .contentType("application/problem+json"));
    }
}
